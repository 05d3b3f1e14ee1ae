// Keeps the scenario, the address bar, the history and the browser's copy in
// step. Links are read on start, on back/forward and on a hash typed in; a
// whole load (a link, a preset, a fix, a restore) is a new history entry,
// while edits rewrite the current one (replaceState, debounced: typing makes
// no history entries and no jank). The last scenario the user made is kept in
// localStorage; a link never overwrites it, it is offered back instead.
// A lesson's own link, "#lesson=<id>", opens the lesson at its start (its data
// loads on demand); while a lesson is open the page writes its id into the
// scenario link, so a reload keeps both the lesson and the learner's work.
import { useEffect } from 'react';
import type { LinkContent, LinkRead } from '../scenario/link.ts';
import { readLessonLink } from '../scenario/link-readable.ts';
import { DEFAULT_SCENARIO } from '../scenario/defaults.ts';
import type { Scenario } from '../scenario/types.ts';
import { readLastScenario, saveLastScenario } from '../lib/last-scenario.ts';
import { usePlayground } from '../store/playground-store.ts';

const WRITE_DELAY_MS = 300;

// The codec loads beside the first render's code rather than inside it: the initial bundle stays small.
let loadedCodec: typeof import('../scenario/link.ts') | null = null;
const codec = async () => (loadedCodec ??= await import('../scenario/link.ts'));
async function decodeLink(hash: string): Promise<LinkRead> {
  const lesson = readLessonLink(hash);
  if (!lesson) return (await codec()).decodeLink(hash);
  if ('error' in lesson) return { kind: 'error', error: lesson.error };
  const { lessonById } = await import('../lessons/index.ts');
  const found = lessonById(lesson.id);
  if (!found) return { kind: 'error', error: `lesson: there is no lesson "${lesson.id}"` };
  return { kind: 'ok', format: 0, scenario: found.start, lesson: found.id };
}
async function encodeLink(content: LinkContent): Promise<string> {
  return (await codec()).encodeLink(content);
}
const linkContent = ({ scenario, lesson }: { scenario: Scenario; lesson: string | null }): LinkContent =>
  lesson === null ? { scenario } : { scenario, lesson };

/** The hash the page last read or wrote: a location change to it is our own. */
let shownHash = '';
/** Set while a scenario from the address bar is loaded: that is no new history entry. */
let fromAddressBar = false;

/** Test hook: the hash whose scenario is on screen, set once it is (reading a link is asynchronous). */
function markShown(hash: string): void {
  document.documentElement.dataset.scenarioHash = hash;
}

function loadFromAddressBar(scenario: Scenario, lesson: string | null = null): void {
  fromAddressBar = true;
  try {
    usePlayground.getState().setLesson(lesson, scenario);
  } finally {
    fromAddressBar = false;
  }
}

/** Called once before the first render, so a linked scenario never flashes the default. */
export async function loadInitialLink(hash: string): Promise<void> {
  const [link, last] = await Promise.all([decodeLink(hash), readLastScenario()]);
  const { setLinkError, setRestorable } = usePlayground.getState();
  shownHash = hash;
  if (link.kind === 'ok') loadFromAddressBar(link.scenario, link.lesson ?? null);
  if (link.kind === 'error') {
    loadFromAddressBar(DEFAULT_SCENARIO);
    setLinkError(link.error);
  }
  const [lastHash, shown] = last ? await Promise.all([encodeLink({ scenario: last.scenario }), encodeLink({ scenario: usePlayground.getState().scenario })]) : [];
  if (last && lastHash !== shown) setRestorable(last.scenario);
  markShown(hash);
}

function urlWith(hash: string): string {
  return location.pathname + location.search + hash;
}

export function useScenarioLink(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pendingEdit = false;
    let writes = Promise.resolve();
    let reads = 0;

    /** Writes run one after another, in order (encoding is asynchronous). */
    const write = (content: LinkContent, entry: 'replace' | 'push') => {
      writes = writes.then(async () => {
        const hash = await encodeLink(content);
        saveLastScenario(hash);
        if (location.hash !== hash) {
          if (entry === 'push') history.pushState(null, '', urlWith(hash));
          else history.replaceState(history.state, '', urlWith(hash));
        }
        shownHash = hash;
        markShown(hash);
      });
    };

    const unsubscribe = usePlayground.subscribe((state, previous) => {
      if ((state.scenario === previous.scenario && state.lesson === previous.lesson) || fromAddressBar) return;
      clearTimeout(timer);
      if (state.loads !== previous.loads) {
        // The entry being left keeps its own edits; the loaded scenario gets a new one.
        if (pendingEdit) write(linkContent(previous), 'replace');
        pendingEdit = false;
        write(linkContent(state), 'push');
        return;
      }
      pendingEdit = true;
      timer = setTimeout(() => {
        pendingEdit = false;
        write(linkContent(usePlayground.getState()), 'replace');
      }, WRITE_DELAY_MS);
    });

    const onLocationChange = async () => {
      const hash = location.hash;
      if (hash === shownHash) return;
      shownHash = hash;
      const seq = ++reads;
      const read: LinkRead = await decodeLink(hash);
      if (seq !== reads) return; // a later change wins
      const { setLinkError } = usePlayground.getState();
      clearTimeout(timer);
      pendingEdit = false;
      // A broken link typed over a working session keeps the work: only the message is new.
      if (read.kind === 'ok') {
        loadFromAddressBar(read.scenario, read.lesson ?? null);
        setLinkError(null);
      } else if (read.kind === 'error') setLinkError(read.error);
      else if (hash === '') loadFromAddressBar(DEFAULT_SCENARIO); // back to a first visit that had no link
      markShown(hash);
    };
    // The tab closes before a debounced edit is written: keep it in the readable
    // form, which needs no (asynchronous) compression and reads just as well.
    const onPageHide = () => {
      if (pendingEdit && loadedCodec) saveLastScenario(loadedCodec.readableLink(linkContent(usePlayground.getState())));
    };
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('popstate', onLocationChange);
    window.addEventListener('hashchange', onLocationChange);
    return () => {
      clearTimeout(timer);
      unsubscribe();
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('popstate', onLocationChange);
      window.removeEventListener('hashchange', onLocationChange);
    };
  }, []);
}
