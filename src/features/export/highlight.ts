// highlight.js core with only the languages the exports are written in (the
// full build is ~10 times larger). Loaded with the panel, never up front.
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import go from 'highlight.js/lib/languages/go';
import java from 'highlight.js/lib/languages/java';
import javascript from 'highlight.js/lib/languages/javascript';
import nginx from 'highlight.js/lib/languages/nginx';
import python from 'highlight.js/lib/languages/python';
import type { Language } from '../../export/types.ts';

const LANGUAGES: Record<Language, Parameters<typeof hljs.registerLanguage>[1]> = { bash, go, java, javascript, nginx, python };
for (const [name, definition] of Object.entries(LANGUAGES)) hljs.registerLanguage(name, definition);

/** HTML with the code's text escaped and its tokens in <span class="hljs-…">. */
export const highlighted = (code: string, language: Language): string => hljs.highlight(code, { language }).value;
