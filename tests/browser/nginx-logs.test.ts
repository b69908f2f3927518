// The nginx block a host gets keeps no visit: run under an http { } block that logs as a distribution's
// nginx.conf does (every visit to access.log, errors to error.log), a walk through the app leaves the
// access log empty and no error line with a visitor's address or a page's path. docs/HOSTING.md says what
// nginx cannot do (an error line of a real fault always carries the address), and the privacy statement
// points here (src/policy.ts, privacyPromises).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { allUrls, organisationPath, paths } from '../../src/routes.ts';
import { organisationIds } from '../../src/logic/organisations.ts';
import { launch, waitForOfflineCopy } from './harness.ts';
import { startNginx } from './nginx.ts';

const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');

describe('nginx with a logging http { } block, as a distribution ships it', () => {
  let browser: Browser;
  let nginx: Awaited<ReturnType<typeof startNginx>>;
  let at: string;
  beforeAll(async () => {
    browser = await launch();
    nginx = await startNginx('dist', { logging: true });
    at = nginx.url + nginx.base.replace(/\/$/, '');
  });
  afterAll(async () => {
    await browser?.close();
    await nginx?.close();
  });

  it('keeps no visit in the access log and no address or path in the error log after a walk', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const walk = [paths.home, paths.helpFinder, organisationPath(organisationIds[0]), allUrls().at(-2) as string];
    for (const url of walk) await page.goto(at + url);
    await waitForOfflineCopy(page); // the service worker's own requests too
    await context.close();
    // Addresses that do not exist (the service worker would answer them in the browser): the error nginx
    // logs most, with the visitor's address and the path in it.
    for (const missing of ['/bestaat-niet/', '/bestaat-ook-niet.txt']) {
      expect((await fetch(at + missing)).status, missing).toBe(404);
    }

    expect(read(nginx.logs.access), 'the access log').toBe('');
    const error = read(nginx.logs.error);
    expect(error, 'the error log names no visitor').not.toContain('client:');
    expect(error, 'the error log names no page asked for').not.toContain('bestaat');
  });
});
