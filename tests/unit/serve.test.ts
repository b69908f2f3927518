// scripts/serve.mjs must be as safe as a static host: nothing outside its folder, no redirect that
// leaves the site, headers chosen on the decoded path, no crash when a file cannot be read, and an
// odd address ("//en", "/%ZZ") never answered as the home page.
// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { request } from 'node:http';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { startServer, type RunningServer } from '../../scripts/serve.mjs';

let top: string;
let server: RunningServer;

/** A raw request: the path goes on the wire exactly as written (fetch would normalise it). */
function get(
  path: string,
  method = 'GET',
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  top = mkdtempSync(join(tmpdir(), 'hulpwijzer-serve-'));
  const dist = join(top, 'dist');
  mkdirSync(join(dist, 'en'), { recursive: true });
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<h1>home</h1>');
  writeFileSync(join(dist, 'en', 'index.html'), '<h1>english</h1>');
  writeFileSync(join(dist, '404.html'), '<h1>not found</h1>');
  writeFileSync(join(dist, 'sw.js'), 'self;');
  writeFileSync(join(dist, 'assets', 'a.js'), 'a;');
  // A folder where a page should be: the server finds "index.html" but cannot read it as a file.
  mkdirSync(join(dist, 'broken', 'index.html'), { recursive: true });
  writeFileSync(
    join(dist, '_headers'),
    '/*\n  X-All: yes\n/sw.js\n  Cache-Control: no-cache\n/assets/*\n  Cache-Control: immutable\n',
  );
  // A sibling folder whose name starts like the root's: a root check without separator lets it through.
  mkdirSync(join(top, 'dist-old'));
  writeFileSync(join(top, 'dist-old', 'secret.txt'), 'secret');
  writeFileSync(join(top, 'secret.txt'), 'secret');
  // Symbolic links out of the folder (a file and a folder), and one that stays inside it.
  symlinkSync(join(top, 'secret.txt'), join(dist, 'linked.txt'));
  symlinkSync(join(top, 'dist-old'), join(dist, 'old'));
  symlinkSync(join(dist, 'en', 'index.html'), join(dist, 'english.html'));
  server = await startServer({ dir: dist, port: 0 });
});

afterAll(async () => {
  await server?.close();
  rmSync(top, { recursive: true, force: true });
});

describe('scripts/serve.mjs', () => {
  it('serves pages, folders with a redirect to the final slash, and the not-found page with 404', async () => {
    expect(await get('/')).toMatchObject({ status: 200, body: '<h1>home</h1>' });
    expect(await get('/en/')).toMatchObject({ status: 200, body: '<h1>english</h1>' });
    expect(await get('/en?x=1')).toMatchObject({ status: 301, headers: { location: '/en/?x=1' } });
    expect(await get('/nope/')).toMatchObject({ status: 404, body: '<h1>not found</h1>' });
    expect((await get('/', 'HEAD')).body).toBe('');
  });

  it.each([
    '/..%2fdist-old%2fsecret.txt',
    '/..%2Fdist-old/secret.txt',
    '/%2e%2e/dist-old/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '//..%2fsecret.txt',
    '/en/..%2f..%2fsecret.txt',
    '/_headers',
    '/%5fheaders',
    '/linked.txt',
    '/old/secret.txt',
  ])('never serves a file outside its folder: %s', async (path) => {
    const answer = await get(path);
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.body).not.toContain('secret');
    expect(answer.body).not.toContain('X-All');
  });

  it.each(['//a//attacker.example/..%2fen', '//attacker.example/%2e%2e/en', '/\\attacker.example/..%2fen', '//en'])(
    'never redirects to another site: %s',
    async (path) => {
      const answer = await get(path);
      const location = String(answer.headers.location ?? '');
      if (location) expect(location).toMatch(/^\/(?![/\\])/);
      expect(answer.status).not.toBe(200);
    },
  );

  it.each(['//en', '//en/', '/%ZZ', '/en/%ZZ', '/%00', '/.//'])(
    'does not answer %s as a page with 200',
    async (path) => {
      const answer = await get(path);
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.body).not.toContain('home');
      expect(answer.headers['x-all']).toBe('yes'); // the security headers go with every answer
    },
  );

  it('chooses headers by the decoded path, as a static host would', async () => {
    for (const path of ['/sw.js', '/sw%2ejs', '/%73w.js']) {
      const answer = await get(path);
      expect(answer.status, path).toBe(200);
      expect(answer.headers['cache-control'], path).toBe('no-cache');
    }
    expect((await get('/%61ssets/a.js')).headers['cache-control']).toBe('immutable');
  });

  it('keeps running when a file cannot be read', async () => {
    const answer = await get('/broken/');
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect((await get('/')).status).toBe(200);
  });

  it('follows a symbolic link only when it stays inside the folder', async () => {
    expect(await get('/english.html')).toMatchObject({ status: 200, body: '<h1>english</h1>' });
    expect(await get('/linked.txt')).toMatchObject({ status: 404, body: '<h1>not found</h1>' });
  });

  it('never lets a not-found answer be cached, not even under /assets/', async () => {
    for (const path of ['/assets/gone.js', '/nope/', '/%ZZ']) {
      const answer = await get(path);
      expect(answer.status, path).toBeGreaterThanOrEqual(400);
      expect(answer.headers['cache-control'], path).toBe('no-store');
    }
    expect((await get('/assets/a.js')).headers['cache-control']).toBe('immutable');
  });

  it('answers a refused upload at once and closes the connection without reading it', async () => {
    const { hostname, port } = new URL(server.url);
    const socket = connect(Number(port), hostname);
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.on('error', () => undefined); // a reset after the answer is fine
    // Announces 100 MB but sends a few bytes and keeps the connection open: a server that reads the
    // body waits for the rest, and this test times out.
    socket.write(`POST / HTTP/1.1\r\nHost: ${hostname}\r\nContent-Length: 100000000\r\n\r\nabc`);
    await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 405/);
    expect(answer.toLowerCase()).toContain('connection: close');
  });
});
