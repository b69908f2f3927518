// The production build as shipped, for the cross-engine tests: a copy of dist/ served by
// scripts/serve.mjs, whose only change is one reporting directive at the end of the CSP
// (`report-uri`), so that every engine sends each violation to the test. The policy itself is the
// build's: nothing is allowed that the build does not allow. WebKitWebDriver has no console log to
// read, so this is the one way to see a CSP violation in every engine alike.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { startServer, type RunningServer } from '../../scripts/serve.mjs';

export interface Served extends RunningServer {
  /** The server's origin and the build's base without the final slash: add an app path. */
  app: string;
}

export async function serveWithReports(reportUri: string): Promise<Served> {
  const dir = mkdtempSync(join(tmpdir(), 'hulpwijzer-engines-'));
  cpSync('dist', dir, { recursive: true });
  const file = join(dir, '_headers');
  const headers = readFileSync(file, 'utf8');
  const csp = /^(\s+Content-Security-Policy:.*)$/m;
  if (!csp.test(headers)) throw new Error('dist/_headers has no Content-Security-Policy line');
  writeFileSync(file, headers.replace(csp, `$1; report-uri ${reportUri}`));
  const server = await startServer({ dir, port: 0 });
  const stop = server.close;
  return Object.assign(server, {
    app: server.url + server.base.replace(/\/$/, ''),
    close: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  });
}
