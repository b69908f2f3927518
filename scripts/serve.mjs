// Serves the production build (dist/) on 127.0.0.1 the way a static host does: the headers from
// dist/_headers, /x/ → /x/index.html, /x → /x/ when that folder exists, and 404.html with status
// 404 for anything unknown. Used by `npm start` and by the browser tests. No dependencies.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
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

export function startServer({ dir = 'dist', port = 4173, host = '127.0.0.1' } = {}) {
  let root;
  let rules;
  /** Serve another build from now on (the update test "deploys" a newer build this way). */
  const setDir = (next) => {
    root = resolve(next);
    const headersPath = join(root, '_headers');
    rules = existsSync(headersPath) ? parseHeaders(readFileSync(headersPath, 'utf8')) : [];
  };
  setDir(dir);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = '/';
    }
    const headers = {};
    for (const rule of rules) if (matches(rule.pattern, url.pathname)) Object.assign(headers, rule.headers);

    const send = async (status, file) => {
      const body = await readFile(file);
      res.writeHead(status, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };

    const file = normalize(join(root, path));
    if (!file.startsWith(root) || path.split('/').includes('_headers')) return send(404, join(root, '404.html'));
    try {
      const info = await stat(file);
      if (info.isDirectory()) {
        if (!path.endsWith('/')) {
          res.writeHead(301, { ...headers, Location: `${url.pathname}/${url.search}` });
          return res.end();
        }
        if (existsSync(join(file, 'index.html'))) return send(200, join(file, 'index.html'));
      } else {
        return send(200, file);
      }
    } catch {
      // fall through to the not-found page
    }
    return send(404, join(root, '404.html'));
  });
  return new Promise((resolvePromise) => {
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({
        url: `http://${host}:${address.port}`,
        setDir,
        close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
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
  const { url } = await startServer({ port });
  console.log(`Hulpwijzer is running at ${url}/  (Ctrl+C to stop)`);
}
