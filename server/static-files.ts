// The built front end (STATIC_DIR) served from the app port. Only regular
// files inside the root are served; anything that decodes to a path segment
// "..", a backslash or a NUL is refused before the file system sees it.
import fs from 'node:fs';
import path from 'node:path';

export interface StaticFile {
  body: Uint8Array;
  contentType: string;
  cacheControl: string;
}

export interface StaticFiles {
  /** The file for a URL path ("/" is index.html), or null when there is none to serve. */
  read(pathname: string): StaticFile | null;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** Vite names files under /assets/ by content hash, so they never change under one name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

export function contentTypeFor(fileName: string): string {
  return CONTENT_TYPES[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

export function createStaticFiles(rootDir: string): StaticFiles {
  const root = path.resolve(rootDir);
  return {
    read(pathname) {
      const relative = safeRelativePath(pathname === '/' ? '/index.html' : pathname);
      if (relative === null) return null;
      const file = path.join(root, relative);
      if (!isRegularFileInside(root, file)) return null;
      return {
        body: fs.readFileSync(file),
        contentType: contentTypeFor(file),
        cacheControl: pathname.startsWith('/assets/') && !file.endsWith('.html') ? IMMUTABLE : 'no-cache',
      };
    },
  };
}

/** The decoded path below the root, or null when it tries to leave it or cannot be decoded. */
export function safeRelativePath(pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\\') || decoded.includes('\0')) return null;
  const segments = decoded.slice(1).split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return null;
  return segments.join(path.sep);
}

function isRegularFileInside(root: string, file: string): boolean {
  try {
    // realpath: a symbolic link inside the root must not lead outside it.
    const real = fs.realpathSync(file);
    const realRoot = fs.realpathSync(root);
    return real.startsWith(realRoot + path.sep) && fs.statSync(real).isFile();
  } catch {
    return false;
  }
}
