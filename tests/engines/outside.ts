// The world outside the app, for engines without Playwright's request routing. This machine has no
// internet, so the browser under test is given one local HTTP proxy for every other site:
//  - https://www.buienradar.nl/ (the quick exit's neutral site) and https://outside.example/ (a page
//    with a link into the app) are answered by a local TLS server through the proxy's CONNECT tunnel,
//    so the address bar really shows the neutral site's address and Back/Forward step over real
//    entries. Its certificate is self-signed (made with openssl for each run), so the session is
//    started with acceptInsecureCerts: the app under test is on http://127.0.0.1 and not affected.
//  - any other host through the proxy is refused and recorded: a request the app must never make.
//  - POST /csp-report collects the CSP violation reports the browser sends (see served.ts).
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { NEUTRAL_SITE } from '../../src/features/quick-exit/neutral.ts';

/** A page on another site with a link into the app: where a visitor comes from. */
export const OUTSIDE = 'https://outside.example/';

export interface Outside {
  /** http://127.0.0.1:port: the proxy, and where CSP reports go. */
  origin: string;
  port: number;
  /** Every page of the neutral site the browser loaded (full URLs). */
  neutralVisits: string[];
  /** Hosts or URLs the browser asked for that are neither the app nor a stubbed site. */
  foreign: string[];
  /** CSP violation reports, as `blocked-uri violated-directive (document-uri)`. */
  cspReports: string[];
  /** Points the "into the app" link of the outside page at the app. */
  setAppUrl(url: string): void;
  close(): Promise<void>;
}

const hostOf = (url: string) => new URL(url).host;

function selfSignedCertificate(hosts: string[]): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'hulpwijzer-outside-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '2',
        '-subj',
        `/CN=${hosts[0]}`,
        '-addext',
        `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}`,
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

/** One CSP report body (report-uri's `csp-report` or a Reporting API list) as readable lines. */
function describeReports(text: string): string[] {
  try {
    const json: unknown = JSON.parse(text);
    const list = Array.isArray(json)
      ? json.map((r: { body?: unknown }) => r.body)
      : [(json as { 'csp-report'?: unknown })['csp-report']];
    return list.map((r) => {
      const report = (r ?? {}) as Record<string, string>;
      return `${report['blocked-uri'] ?? report.blockedURL ?? ''} ${report['violated-directive'] ?? report.effectiveDirective ?? ''} (${report['document-uri'] ?? report.documentURL ?? ''})`;
    });
  } catch {
    return [`unreadable report: ${text.slice(0, 200)}`];
  }
}

export async function startOutside(): Promise<Outside> {
  const neutralHost = hostOf(NEUTRAL_SITE);
  const outsideHost = hostOf(OUTSIDE);
  const stubbed = new Set([`${neutralHost}:443`, `${outsideHost}:443`]);
  let appUrl = 'about:blank';
  const neutralVisits: string[] = [];
  const foreign: string[] = [];
  const cspReports: string[] = [];

  const tls = createTlsServer(selfSignedCertificate([neutralHost, outsideHost]), (req, res) => {
    const host = req.headers.host ?? '';
    if (req.url === '/favicon.ico') {
      // The browser's own request for a tab icon, not a page: not counted.
      res.writeHead(404, { 'Cache-Control': 'no-store' });
      return res.end();
    }
    if (host === neutralHost) {
      neutralVisits.push(`https://${host}${req.url}`);
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      return res.end('<!doctype html><html lang="nl"><title>Weer</title><h1>Het weer</h1></html>');
    }
    if (host === outsideHost) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      return res.end(
        `<!doctype html><html lang="nl"><title>Buiten</title><h1>Een andere website</h1><a id="into-app" href="${appUrl}/">verder</a></html>`,
      );
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
  const tlsPort = (tls.address() as AddressInfo).port;

  const sockets = new Set<Socket>();
  const proxy: Server = createHttpServer(async (req, res) => {
    const target = req.url ?? '/';
    if (req.method === 'POST' && new URL(target, 'http://x').pathname === '/csp-report') {
      cspReports.push(...describeReports(await body(req)));
      res.writeHead(204).end();
      return;
    }
    // A proxied plain-HTTP request (absolute URL): no site the app may reach.
    foreign.push(target);
    res.writeHead(502).end();
  });
  proxy.on('connect', (req: IncomingMessage, client: Socket) => {
    const target = req.url ?? '';
    if (!stubbed.has(target)) {
      foreign.push(target);
      client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    const upstream = connect(tlsPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const socket of [upstream, client]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {
        upstream.destroy();
        client.destroy();
      });
    }
  });
  proxy.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const port = (proxy.address() as AddressInfo).port;

  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    neutralVisits,
    foreign,
    cspReports,
    setAppUrl: (url) => (appUrl = url),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await Promise.all([
        new Promise((resolve) => proxy.close(resolve)),
        new Promise((resolve) => {
          tls.closeAllConnections();
          tls.close(resolve);
        }),
      ]);
    },
  };
}
