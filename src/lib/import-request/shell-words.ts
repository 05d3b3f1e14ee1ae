// Splits a command line into its arguments as the shell would, for the two
// forms browsers' DevTools write "Copy as cURL" in: bash (POSIX quoting, with
// $'…' strings) and Windows cmd (^ escapes, then the C runtime's " rules).
// Each word keeps where it starts, for located errors.
import { ImportError } from './imported.ts';

export interface Word {
  text: string;
  at: number;
}

const ANSI_C: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\u0007', b: '\b', e: '\u001b', E: '\u001b', f: '\f', v: '\v', '\\': '\\', "'": "'", '"': '"', '?': '?' };

/** Reads a $'…' body from i (just after the opening quote); returns the text and the index after the closing quote. */
function ansiC(s: string, i: number): [string, number] {
  let out = '';
  while (i < s.length && s[i] !== "'") {
    if (s[i] !== '\\') {
      out += s[i++];
      continue;
    }
    const c = s[i + 1] ?? '';
    const hex = c === 'x' ? /^[0-9a-fA-F]{1,2}/.exec(s.slice(i + 2)) : c === 'u' ? /^[0-9a-fA-F]{1,4}/.exec(s.slice(i + 2)) : c === 'U' ? /^[0-9a-fA-F]{1,8}/.exec(s.slice(i + 2)) : null;
    const octal = /^[0-7]{1,3}/.exec(s.slice(i + 1));
    if (hex) {
      out += String.fromCodePoint(parseInt(hex[0], 16));
      i += 2 + hex[0].length;
    } else if (octal) {
      out += String.fromCharCode(parseInt(octal[0], 8));
      i += 1 + octal[0].length;
    } else if (c in ANSI_C) {
      out += ANSI_C[c];
      i += 2;
    } else {
      out += '\\' + c;
      i += 2;
    }
  }
  if (i >= s.length) throw new ImportError("A $'…' string is not closed", i);
  return [out, i + 1];
}

/** bash: '…' literal, "…" with \ before " \ $ ` and newline, $'…' ANSI-C, \ outside quotes, \⏎ joins lines. */
export function bashWords(s: string): Word[] {
  const words: Word[] = [];
  let i = 0;
  while (i < s.length) {
    while (i < s.length && (/\s/.test(s[i]!) || (s[i] === '\\' && s[i + 1] === '\n'))) i += s[i] === '\\' ? 2 : 1;
    if (i >= s.length) break;
    const at = i;
    let text = '';
    while (i < s.length && !/\s/.test(s[i]!)) {
      const c = s[i]!;
      if (c === "'") {
        const end = s.indexOf("'", i + 1);
        if (end < 0) throw new ImportError('A single-quoted string is not closed', i);
        text += s.slice(i + 1, end);
        i = end + 1;
      } else if (c === '$' && s[i + 1] === "'") {
        const [t, next] = ansiC(s, i + 2);
        text += t;
        i = next;
      } else if (c === '"') {
        i++;
        while (i < s.length && s[i] !== '"') {
          if (s[i] === '\\' && '"\\$`\n'.includes(s[i + 1] ?? '')) {
            if (s[i + 1] !== '\n') text += s[i + 1];
            i += 2;
          } else if (s[i] === '$' || s[i] === '`') {
            throw new ImportError('A "…" string holds a shell variable or command ($ or `): paste the command with its values', i);
          } else text += s[i++];
        }
        if (i >= s.length) throw new ImportError('A double-quoted string is not closed', at);
        i++;
      } else if (c === '\\') {
        if (s[i + 1] !== '\n') text += s[i + 1] ?? '';
        i += 2;
      } else if (c === '$' || c === '`' || c === '|' || c === ';' || c === '>' || c === '<' || (c === '&' && s[i + 1] === '&')) {
        throw new ImportError(`"${c}" is shell syntax this import does not run: paste one curl command, with its values`, i);
      } else text += s[i++];
    }
    words.push({ text, at });
  }
  return words;
}

/**
 * Windows cmd, as Chrome writes it (^"…^", ^ before every special character,
 * ^⏎ at each line end) and as Firefox does ("…" with "" for a quote): cmd
 * removes the carets, then the program splits its command line by the C
 * runtime's rules (backslashes before a quote, "" inside quotes).
 */
export function cmdWords(s: string): Word[] {
  // 1. cmd: ^⏎⏎ is a newline inside an argument (Chrome), ^⏎ continues the line, ^x is x.
  let line = '';
  const origin: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '^') {
      if (s.startsWith('\n\n', i + 1) || s.startsWith('\r\n\r\n', i + 1)) {
        origin.push(i);
        line += '\n';
        i += s[i + 1] === '\r' ? 4 : 2;
        continue;
      }
      if (s[i + 1] === '\n' || s.startsWith('\r\n', i + 1)) {
        origin.push(i);
        line += ' ';
        i += s[i + 1] === '\r' ? 2 : 1;
        continue;
      }
      i++;
    }
    if (i < s.length) {
      origin.push(i);
      line += s[i];
    }
  }
  // 2. The C runtime's argv rules.
  const words: Word[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && /\s/.test(line[i]!) && line[i] !== '\n') i++;
    if (line[i] === '\n') {
      i++;
      continue;
    }
    if (i >= line.length) break;
    const at = origin[i] ?? s.length;
    let text = '';
    let quoted = false;
    while (i < line.length && (quoted || !/\s/.test(line[i]!))) {
      const c = line[i]!;
      if (c === '\\') {
        let n = 0;
        while (line[i + n] === '\\') n++;
        if (line[i + n] === '"') {
          text += '\\'.repeat(Math.floor(n / 2));
          if (n % 2 === 1) text += '"';
          else quoted = !quoted;
          i += n + 1;
        } else {
          text += '\\'.repeat(n);
          i += n;
        }
      } else if (c === '"') {
        if (quoted && line[i + 1] === '"') {
          text += '"';
          i += 2;
        } else {
          quoted = !quoted;
          i++;
        }
      } else text += line[i++];
    }
    if (quoted) throw new ImportError('A quoted argument is not closed', at);
    words.push({ text, at });
  }
  return words;
}

/** Whether a copied command is in Windows cmd form: Chrome's ^"…^" or a ^ at a line end, or Firefox's "" inside "…" (bash copies use '…'). */
export function looksLikeCmd(s: string): boolean {
  return /\^"|\^\r?\n/.test(s) || (!s.includes("'") && /\w""|""\w/.test(s));
}
