// Reads the literal part of JavaScript a fetch() call is written with: strings
// (quotes and backticks without ${…}), numbers, true/false/null, objects
// (quoted or bare keys), arrays, and the few constructors a request uses:
// new Headers(…), new URLSearchParams(…), new FormData() is refused, and
// JSON.stringify(…) of a literal. A variable cannot be read and is refused, located.
import { ImportError } from './imported.ts';

export type JsValue = string | number | boolean | null | JsValue[] | { [key: string]: JsValue } | JsCall;
/** new Headers(x), new URLSearchParams(x): kept apart, so the caller knows which. */
export interface JsCall {
  call: 'Headers' | 'URLSearchParams';
  arg: JsValue;
}

export class JsReader {
  i: number;
  constructor(readonly s: string, start = 0) {
    this.i = start;
  }

  fail(message: string, at = this.i): never {
    throw new ImportError(message, at);
  }

  skip(): void {
    for (;;) {
      while (this.i < this.s.length && /\s/.test(this.s[this.i]!)) this.i++;
      if (this.s.startsWith('//', this.i)) {
        const end = this.s.indexOf('\n', this.i);
        this.i = end < 0 ? this.s.length : end;
      } else if (this.s.startsWith('/*', this.i)) {
        const end = this.s.indexOf('*/', this.i + 2);
        this.i = end < 0 ? this.s.length : end + 2;
      } else return;
    }
  }

  peek(): string {
    this.skip();
    return this.s[this.i] ?? '';
  }

  expect(ch: string): void {
    if (this.peek() !== ch) this.fail(`Expected "${ch}" here${this.i >= this.s.length ? ' (the text ends too early)' : ''}`);
    this.i++;
  }

  eat(ch: string): boolean {
    if (this.peek() !== ch) return false;
    this.i++;
    return true;
  }

  word(): string {
    this.skip();
    const m = /^[A-Za-z_$][\w$]*/.exec(this.s.slice(this.i));
    return m ? m[0] : '';
  }

  string(): string {
    const q = this.peek();
    const at = this.i++;
    let out = '';
    while (this.i < this.s.length && this.s[this.i] !== q) {
      const c = this.s[this.i]!;
      if (q === '`' && c === '$' && this.s[this.i + 1] === '{') this.fail('A template string with ${…} depends on a variable: write its value', this.i);
      if (c === '\n' && q !== '`') this.fail('A string is not closed on its line', at);
      if (c !== '\\') {
        out += c;
        this.i++;
        continue;
      }
      const e = this.s[this.i + 1] ?? '';
      const hex = e === 'x' ? /^[0-9a-fA-F]{2}/.exec(this.s.slice(this.i + 2)) : e === 'u' ? /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]{1,6}\})/.exec(this.s.slice(this.i + 2)) : null;
      if (hex) {
        out += String.fromCodePoint(parseInt(hex[0].replace(/[{}]/g, ''), 16));
        this.i += 2 + hex[0].length;
        continue;
      }
      out += ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0', '\n': '' } as Record<string, string>)[e] ?? e;
      this.i += 2;
    }
    if (this.i >= this.s.length) this.fail('A string is not closed', at);
    this.i++;
    return out;
  }

  value(): JsValue {
    const c = this.peek();
    const at = this.i;
    if (c === '"' || c === "'" || c === '`') return this.string();
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    const num = /^-?\d+(?:\.\d+)?/.exec(this.s.slice(this.i));
    if (num) {
      this.i += num[0].length;
      return Number(num[0]);
    }
    const w = this.word();
    if (w === 'true' || w === 'false' || w === 'null' || w === 'undefined') {
      this.i += w.length;
      return w === 'true' ? true : w === 'false' ? false : null;
    }
    if (w === 'new') {
      this.i += 3;
      const ctor = this.word();
      this.i += ctor.length;
      if (ctor !== 'Headers' && ctor !== 'URLSearchParams') this.fail(`new ${ctor || '…'}(…) cannot be imported${ctor === 'FormData' ? ' (its fields are added by code): write the fields as a URLSearchParams or in the playground' : ''}`, at);
      this.expect('(');
      const arg = this.peek() === ')' ? {} : this.value();
      this.expect(')');
      return { call: ctor, arg };
    }
    if (w === 'JSON' && this.s.startsWith('.stringify', this.i + 4)) {
      this.i += 'JSON.stringify'.length;
      this.expect('(');
      const v = this.value();
      this.expect(')');
      return JSON.stringify(v);
    }
    return this.fail(w ? `"${w}" is a variable or an expression, which an import cannot know: write its value` : 'A value is expected here', at);
  }

  object(): { [key: string]: JsValue } {
    this.expect('{');
    const out: { [key: string]: JsValue } = {};
    while (!this.eat('}')) {
      const c = this.peek();
      const at = this.i;
      let key: string;
      if (c === '"' || c === "'") key = this.string();
      else {
        key = this.word();
        if (!key) this.fail('A property name is expected here', at);
        this.i += key.length;
        if (this.peek() === ',' || this.peek() === '}') this.fail(`"${key}" is a shorthand for a variable, which an import cannot know: write "${key}: value"`, at);
      }
      this.expect(':');
      out[key] = this.value();
      if (!this.eat(',')) {
        this.expect('}');
        break;
      }
    }
    return out;
  }

  array(): JsValue[] {
    this.expect('[');
    const out: JsValue[] = [];
    while (!this.eat(']')) {
      out.push(this.value());
      if (!this.eat(',')) {
        this.expect(']');
        break;
      }
    }
    return out;
  }
}
