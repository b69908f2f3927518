// One small adapter per engine, so the cross-engine spec (spec.ts) is written once:
//  - Firefox ESR (Debian's firefox-esr) through puppeteer-core over WebDriver BiDi;
//  - WebKitGTK (Debian's webkit2gtk-driver: WebKitWebDriver and its MiniBrowser) under xvfb-run,
//    through selenium-webdriver over classic WebDriver.
// Both get the test's local proxy for every other site (outside.ts) and accept its self-signed
// certificate; the app itself, on http://127.0.0.1, is reached directly.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import puppeteer, { type Browser as PBrowser, type Page as PPage } from 'puppeteer-core';
import { Builder, By, Key, type WebDriver } from 'selenium-webdriver';

export type ExitKey = 'Shift' | 'Escape';

/** One tab in a fresh browser profile: nothing stored from an earlier tab. */
export interface Tab {
  goto(url: string): Promise<void>;
  url(): Promise<string>;
  title(): Promise<string>;
  /** Runs `fn` in the page (it may return a promise) and returns its result. */
  evaluate<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  click(selector: string): Promise<void>;
  press(key: ExitKey): Promise<void>;
  back(): Promise<void>;
  forward(): Promise<void>;
  close(): Promise<void>;
  /**
   * Console errors and warnings and uncaught exceptions since the tab opened, or null when the
   * engine's driver cannot report them (WebKitWebDriver has no log endpoint and no BiDi): the spec
   * then relies on the CSP reports alone, and says so in the test's name.
   */
  readonly consoleProblems: string[] | null;
  /**
   * Every URL the page requested since the tab opened, or null when the driver cannot see them
   * (WebKitWebDriver): the spec then reads the proxy's log of other hosts (outside.ts), which also
   * holds the browser's own traffic. Firefox's own background traffic (Remote Settings) goes through
   * the proxy too, so there the page's own requests are what counts.
   */
  readonly requests: string[] | null;
}

export interface Engine {
  name: string;
  version: string;
  newTab(): Promise<Tab>;
  close(): Promise<void>;
}

export interface EngineOptions {
  /** The local proxy (outside.ts) for every host but 127.0.0.1. */
  proxyPort: number;
}

// ---------------------------------------------------------------- Firefox

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export async function launchFirefox({ proxyPort }: EngineOptions): Promise<Engine> {
  const browser: PBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    acceptInsecureCerts: true, // the stubbed outside sites only (outside.ts)
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.no_proxies_on': '', // 127.0.0.1 is never proxied (allow_hijacking_localhost is off)
      // Firefox's own background traffic (updates, telemetry, safe browsing) stays off the network.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'services.settings.server': 'http://127.0.0.1:9/', // Remote Settings: refused at once, not proxied
    },
  });
  const newTab = async (): Promise<Tab> => {
    const context = await browser.createBrowserContext();
    const page: PPage = await context.newPage();
    const seen: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn') seen.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => seen.push(`pageerror: ${String(error)}`));
    const requests: string[] = [];
    page.on('request', (request) => void requests.push(request.url()));
    return {
      consoleProblems: seen,
      requests,
      goto: async (url) => {
        await page.goto(url, { waitUntil: 'load' });
      },
      url: async () => page.url(),
      title: () => page.title(),
      evaluate: (fn, ...args) => page.evaluate(fn as never, ...(args as unknown as never[])) as never,
      click: (selector) => page.click(selector),
      press: (key) => page.keyboard.press(key),
      back: async () => {
        await page.goBack().catch(() => undefined);
      },
      forward: async () => {
        await page.goForward().catch(() => undefined);
      },
      close: () => context.close(),
    };
  };

  return {
    name: 'Firefox',
    version: await browser.version(),
    newTab,
    close: () => browser.close(),
  };
}

// ---------------------------------------------------------------- WebKit

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? 'WebKitWebDriver';

/** Debian's MiniBrowser, found as the README says: in the files of libwebkit2gtk-4.1-0. */
export function miniBrowserPath(): string {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  const files = execFileSync('dpkg', ['-L', 'libwebkit2gtk-4.1-0'], { encoding: 'utf8' });
  const path = files.split('\n').find((line) => line.endsWith('/MiniBrowser'));
  if (!path) throw new Error('MiniBrowser not found in libwebkit2gtk-4.1-0 (apt-get install webkit2gtk-driver)');
  return path;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(url: string, process: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (process.exitCode !== null) throw new Error(`WebKitWebDriver exited (${process.exitCode}): ${log()}`);
    try {
      const response = await fetch(`${url}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer within 30 s: ${log()}`);
}

export async function launchWebKit({ proxyPort }: EngineOptions): Promise<Engine> {
  const binary = miniBrowserPath();
  const port = await freePort();
  // The MiniBrowser needs a display (it refuses --headless; without one it hangs): xvfb-run gives it
  // one. Its own process group, so closing ends xvfb-run, Xvfb, the driver and the browsers together.
  const driverProcess = spawn('xvfb-run', ['-a', WEBKIT_DRIVER, `--port=${port}`], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  driverProcess.stdout?.on('data', (chunk: Buffer) => (output = (output + String(chunk)).slice(-4000)));
  driverProcess.stderr?.on('data', (chunk: Buffer) => (output = (output + String(chunk)).slice(-4000)));
  const server = `http://127.0.0.1:${port}`;
  await waitForDriver(server, driverProcess, () => output);

  const sessions = new Set<WebDriver>();
  const newTab = async (): Promise<Tab> => {
    // A new session is a new MiniBrowser with its own ephemeral profile: nothing from an earlier tab.
    const driver = await new Builder()
      .usingServer(server)
      .withCapabilities({
        browserName: 'MiniBrowser',
        acceptInsecureCerts: true, // the stubbed outside sites only (outside.ts)
        // The MiniBrowser's own proxy option, not the `proxy` capability: WebKitWebDriver turns an
        // `sslProxy` into a proxy reached over TLS (https://host:port), which a plain proxy cannot answer.
        'webkitgtk:browserOptions': {
          binary,
          args: ['--automation', `--proxy=http://127.0.0.1:${proxyPort}`, '--ignore-host=127.0.0.1'],
        },
      })
      .build();
    sessions.add(driver);
    const keys: Record<ExitKey, string> = { Shift: Key.SHIFT, Escape: Key.ESCAPE };
    return {
      consoleProblems: null,
      requests: null,
      goto: async (url) => {
        await driver.get(url);
      },
      url: () => driver.getCurrentUrl(),
      title: () => driver.getTitle(),
      evaluate: async (fn, ...args) => {
        // Classic WebDriver runs a function body: call the function and hand back its settled result.
        const result = (await driver.executeAsyncScript(
          `const done = arguments[arguments.length - 1];
           const args = Array.prototype.slice.call(arguments, 0, -1);
           Promise.resolve().then(() => (${fn.toString()}).apply(null, args))
             .then((value) => done({ value }), (error) => done({ error: String(error && error.stack || error) }));`,
          ...args,
        )) as { value?: unknown; error?: string };
        if (result.error) throw new Error(`in the page: ${result.error}`);
        return result.value as never;
      },
      click: async (selector) => {
        await driver.findElement(By.css(selector)).click();
      },
      press: async (key) => {
        await driver.actions().keyDown(keys[key]).keyUp(keys[key]).perform();
      },
      back: () => driver.navigate().back(),
      forward: () => driver.navigate().forward(),
      close: async () => {
        sessions.delete(driver);
        await driver.quit();
      },
    };
  };

  const probe = await new Builder()
    .usingServer(server)
    .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary, args: ['--automation'] } })
    .build();
  const version = `WebKitGTK ${String((await probe.getCapabilities()).get('browserVersion'))}`;
  await probe.quit();

  return {
    name: 'WebKit',
    version,
    newTab,
    close: async () => {
      await Promise.all([...sessions].map((driver) => driver.quit().catch(() => undefined)));
      try {
        process.kill(-driverProcess.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
    },
  };
}
