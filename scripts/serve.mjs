// Serves the production build (dist/) on 127.0.0.1 the way a static host does: the headers from
// dist/_headers, /x/ → /x/index.html, /x → /x/ when that folder exists, and 404.html with status
// 404 for anything unknown. Used by `npm start` and by the browser tests. No dependencies.
// A build for a sub-path (HULPWIJZER_BASE=/hulpwijzer/) is served under that path, as a host would;
// everything outside it answers 404, like the rest of a host's site the app knows nothing of.
//
// As careful as a static host (tests/unit/serve.test.ts): an address is decoded once and refused when
// it has an empty, "." or ".." segment, a backslash or a NUL, so nothing outside the folder is served
// and a redirect can only point to a path on this site; headers are chosen on the decoded path; a file
// that cannot be read gives an error answer, never a crash. Only real files inside the folder are
// served: a symbolic link is followed and refused when it leaves it. A not-found answer is never
// cacheable (not even under /assets/), and a refused upload is answered and its connection closed at
// once, without reading what is being sent.
import { createServer } from 'node:http';
import { open, realpath } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

/** Parses the _headers format: a path pattern on its own line, then indented "Name: value" lines. */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const i = line.indexOf(':');
      rules.at(-1).headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return rules;
}

function matches(pattern, path) {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}

/**
 * The decoded path of a request target, or an error status: 400 when it cannot be decoded, 404 when
 * it has a segment no static file can have ("", ".", "..", a backslash or NUL; an empty last segment
 * is the final slash) or names the _headers file.
 */
export function decodePath(target) {
  const pathname = target.split('?')[0];
  let path;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return { status: 400 };
  }
  if (!path.startsWith('/')) return { status: 400 };
  const segments = path.slice(1).split('/');
  const bad = (s, i) =>
    (s === '' && i < segments.length - 1) || s === '.' || s === '..' || /[\\\0]/.test(s) || s === '_headers';
  return segments.some(bad) ? { status: 404 } : { path, pathname };
}

/** Reads a file through one handle, so it cannot change between looking and reading. */
async function readRegularFile(file) {
  const handle = await open(file, 'r');
  try {
    const info = await handle.stat();
    return info.isDirectory() ? 'directory' : await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** The path a build was made for ("/" or "/hulpwijzer/"): its manifest's scope says it. */
export function buildBase(dir = 'dist') {
  try {
    return JSON.parse(readFileSync(join(dir, 'manifest.webmanifest'), 'utf8')).scope ?? '/';
  } catch {
    return '/';
  }
}

export function startServer({ dir = 'dist', port = 4173, host = '127.0.0.1' } = {}) {
  let root;
  let rules;
  let base;
  /** Serve another build from now on (the update test "deploys" a newer build this way). */
  const setDir = (next) => {
    root = resolve(next);
    base = buildBase(root);
    const headersPath = join(root, '_headers');
    rules = existsSync(headersPath) ? parseHeaders(readFileSync(headersPath, 'utf8')) : [];
  };
  setDir(dir);
  const inRoot = (file, top = root) => file === top || file.startsWith(top + sep);
  /** The file itself when it is real and inside the folder (links resolved), or null. */
  const realInRoot = async (file) => {
    const [top, real] = await Promise.all([realpath(root), realpath(file)]);
    return inRoot(real, top) ? real : null;
  };

  const handle = async (req, res) => {
    const target = req.url ?? '/';
    const search = target.includes('?') ? target.slice(target.indexOf('?')) : '';
    const decoded = decodePath(target);
    const headers = {};
    for (const rule of rules) if (matches(rule.pattern, decoded.path ?? '/')) Object.assign(headers, rule.headers);
    const reply = (status, body, type) => {
      // Only a found file may be cached: a 404 under /assets/ would otherwise stay for a year.
      const caching = status === 200 ? {} : { 'Cache-Control': 'no-store' };
      res.writeHead(status, { ...headers, ...caching, 'Content-Type': type });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const notFound = async (status = 404) => {
      const page = await realInRoot(join(root, '404.html'))
        .then((file) => file && readRegularFile(file))
        .catch(() => null);
      if (page instanceof Buffer) reply(status, page, TYPES['.html']);
      else reply(status, 'Not found', TYPES['.txt']);
    };

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      // Answer at once and close the connection: the body of a refused upload is never read.
      res.writeHead(405, { ...headers, Allow: 'GET, HEAD', 'Cache-Control': 'no-store', Connection: 'close' });
      res.end(() => req.socket.destroy());
      return;
    }
    if (!decoded.path) return notFound(decoded.status);
    if (`${decoded.path}/` === base) {
      res.writeHead(301, { ...headers, Location: `${base}${search}` });
      return res.end();
    }
    if (!decoded.path.startsWith(base)) return reply(404, 'Not found', TYPES['.txt']); // the host's other pages
    const file = join(root, decoded.path.slice(base.length - 1));
    if (!inRoot(file)) return notFound();
    try {
      const real = await realInRoot(file);
      if (!real) return notFound();
      const body = await readRegularFile(real);
      if (body !== 'directory') return reply(200, body, TYPES[extname(file)] ?? 'application/octet-stream');
      if (!decoded.path.endsWith('/')) {
        // decodePath allows no empty segment, so the pathname starts with one "/" and a name: this
        // stays on the site.
        res.writeHead(301, { ...headers, Location: `${decoded.pathname}/${search}` });
        return res.end();
      }
      const indexFile = await realInRoot(join(real, 'index.html'));
      const index = indexFile && (await readRegularFile(indexFile));
      if (index && index !== 'directory') return reply(200, index, TYPES['.html']);
    } catch {
      // missing, vanished or unreadable: the not-found page
    }
    return notFound();
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  return new Promise((resolvePromise) => {
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({
        url: `http://${host}:${address.port}`,
        /** Where the app lives on this server: the build's base. */
        get base() {
          return base;
        },
        setDir,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4173);
  if (!existsSync('dist/index.html')) {
    console.error('There is no build in dist/. Run `npm run build` first (npm start does this for you).');
    process.exit(1);
  }
  const { url, base } = await startServer({ port });
  console.log(`Hulpwijzer is running at ${url}${base}  (Ctrl+C to stop)`);
}
