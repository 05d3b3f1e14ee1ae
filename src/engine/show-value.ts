// How a fix shows a setting before and after: in the words the policy editor
// uses ("no header", "*", "reflect the request's Origin"), not as JSON.

function isHeaderLine(v: unknown): v is [string, string] {
  return Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string';
}

function showObject(o: Record<string, unknown>): string | null {
  switch (o.type) {
    case 'none':
      return 'no header';
    case 'any':
      return '*';
    case 'reflect':
      return 'reflect the request’s Origin';
    case 'mirror':
      return 'mirror the request';
    case 'list': {
      const items = (o.origins ?? o.values) as unknown;
      return Array.isArray(items) ? (items.length > 0 ? items.join(', ') : 'an empty list') : null;
    }
    case 'pattern':
      return typeof o.pattern === 'string' ? `pattern /${o.pattern}/` : null;
  }
  if (typeof o.status === 'number' && Array.isArray(o.headers)) return [`status ${o.status}`, ...o.headers.map(showValue)].join('; ');
  if (typeof o.status === 'number' && typeof o.to === 'string') return `${o.status} to the ${o.to === 'same-origin' ? 'same' : 'other'} origin, ${String(o.path)}`;
  return null;
}

export function showValue(v: unknown): string {
  if (v === null || v === undefined) return 'none';
  if (typeof v === 'string') return v === '' ? '(empty)' : v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (isHeaderLine(v)) return `${v[0]}: ${v[1]}`;
  if (Array.isArray(v)) return v.length === 0 ? '(none)' : v.map(showValue).join('; ');
  if (typeof v === 'object') return showObject(v as Record<string, unknown>) ?? JSON.stringify(v);
  return JSON.stringify(v);
}
