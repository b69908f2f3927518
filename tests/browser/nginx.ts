// The real nginx from Debian's package, on loopback, serving the build with the configuration a host
// gets (src/deploy/nginx.ts, the same as deploy/nginx/hulpwijzer.conf), so the browser tests can run
// against it as they run against scripts/serve.mjs. Only the two lines a host edits (listen, root) differ.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { nginxConfig } from '../../src/deploy/nginx.ts';
import { buildBase, type RunningServer } from '../../scripts/serve.mjs';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolvePort(port));
    });
  });
}

/** Starts nginx for the build in `dir` (its base read from the build) and waits until it answers. */
export async function startNginx(dir = 'dist'): Promise<RunningServer> {
  const work = mkdtempSync(join(tmpdir(), 'hulpwijzer-nginx-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let base = '/';

  /** The site's root holds the build at the base's path, as on a host (a link, not a copy). */
  const writeConfig = (buildDir: string) => {
    base = buildBase(buildDir);
    const root = join(work, 'www');
    rmSync(root, { recursive: true, force: true });
    const at = join(root, base);
    mkdirSync(dirname(at.replace(/\/$/, '')), { recursive: true });
    symlinkSync(resolve(buildDir), at.replace(/\/$/, ''));
    writeFileSync(join(work, 'hulpwijzer.conf'), nginxConfig(base, { listen: `127.0.0.1:${port}`, root }));
    writeFileSync(
      join(work, 'nginx.conf'),
      [
        'daemon off;',
        'worker_processes 1;',
        'user root;', // reads the build where the tests left it
        `pid ${work}/nginx.pid;`,
        `error_log ${work}/error.log warn;`,
        'events { worker_connections 64; }',
        'http {',
        '  include /etc/nginx/mime.types;',
        '  default_type application/octet-stream;',
        '  access_log off;',
        ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${work}/${t};`),
        `  include ${work}/hulpwijzer.conf;`,
        '}',
        '',
      ].join('\n'),
    );
  };
  writeConfig(dir);
  const args = ['-p', work, '-c', join(work, 'nginx.conf')];
  const check = spawnSync(NGINX, [...args, '-t'], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx refused the configuration:\n${check.stderr}`);
  const child = spawn(NGINX, args, { stdio: 'ignore' });

  for (let i = 0; i < 100; i++) {
    const up = await fetch(`${url}${base}`).then(
      () => true,
      () => false,
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 50));
  }

  return {
    url,
    get base() {
      return base;
    },
    setDir(next: string) {
      writeConfig(next);
      spawnSync(NGINX, [...args, '-s', 'reload']);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500); // the new workers take over
    },
    close: () =>
      new Promise<void>((done) => {
        child.once('exit', () => {
          rmSync(work, { recursive: true, force: true });
          done();
        });
        child.kill('SIGQUIT');
      }),
  };
}
