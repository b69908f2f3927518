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

/**
 * The logs of a run with `logging: true`: the http { } block then logs as a distribution's nginx.conf does
 * (Debian: `access_log /var/log/nginx/access.log;` and an error_log), so a test can prove the generated
 * server block keeps visitors out of both.
 */
export interface NginxLogs {
  access: string;
  error: string;
}

/** Starts nginx for the build in `dir` (its base read from the build) and waits until it answers. */
export async function startNginx(
  dir = 'dist',
  { logging = false }: { logging?: boolean } = {},
): Promise<RunningServer & { logs: NginxLogs }> {
  const work = mkdtempSync(join(tmpdir(), 'hulpwijzer-nginx-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let base = '/';
  const logs: NginxLogs = { access: join(work, 'access.log'), error: join(work, 'error.log') };

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
        // A test stops nginx gracefully (SIGQUIT); without a limit, that waited for a browser's open
        // connection until a hook timed out (one run in three of the offline walk). A host's own
        // shutdown is not ours to set.
        'worker_shutdown_timeout 2s;',
        'user root;', // reads the build where the tests left it
        `pid ${work}/nginx.pid;`,
        // With logging, as a distribution ships it: no level, so nginx's default, "error".
        `error_log ${logs.error}${logging ? '' : ' warn'};`,
        // Debian's default. With 64, the keep-alive connections of a few browser contexts in a row
        // filled it, and the next context's offline copy stalled (a first-visit hook timed out).
        'events { worker_connections 768; }',
        'http {',
        '  include /etc/nginx/mime.types;',
        '  default_type application/octet-stream;',
        // What a distribution's nginx.conf has: every visit logged, unless the server block says otherwise.
        logging ? `  access_log ${logs.access} combined;` : '  access_log off;',
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
    logs,
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
