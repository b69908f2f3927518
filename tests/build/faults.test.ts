// What the build must carry for issue 12: HSTS and the Clear-Site-Data address in _headers (and that
// address never in the offline copy), a neutral manifest with an id, a neutral page with a <main>.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHeaders } from '../../scripts/serve.mjs';
import { clearSiteDataHeaders, clearSiteDataPath, strictTransportSecurity } from '../../src/policy.ts';
import { NEUTRAL_LOCAL } from '../../src/features/quick-exit/neutral.ts';
import { BASE, withBase } from '../../src/base.ts';
import { defaultLang } from '../../src/i18n/languages.ts';

const dist = join(import.meta.dirname, '../../dist');
const read = (file: string) => readFileSync(join(dist, file), 'utf8');
const rules = () => parseHeaders(read('_headers'));

describe('the build, for faults and bad input', { tags: ['host'] }, () => {
  it('sends HSTS on every response', () => {
    expect(rules().find((r) => r.pattern === withBase('/*'))!.headers['Strict-Transport-Security']).toBe(
      strictTransportSecurity,
    );
    expect(strictTransportSecurity).toMatch(/^max-age=\d{8,}/); // a year or more
  });

  it('has the Clear-Site-Data address as a file, with its header, and never in the offline copy', () => {
    expect(existsSync(join(dist, clearSiteDataPath))).toBe(true);
    expect(rules().find((r) => r.pattern === withBase(clearSiteDataPath))!.headers).toMatchObject(
      clearSiteDataHeaders(BASE),
    );
    expect(clearSiteDataHeaders(BASE)['Clear-Site-Data']).toContain('"cache"');
    expect(read('sw.js')).not.toContain(`"url":"${clearSiteDataPath.slice(1)}"`);
    expect(read('sw.js')).not.toContain(`url:"${clearSiteDataPath.slice(1)}"`);
  });

  it('writes a manifest with an id and a description that does not name the topic', () => {
    const manifest = JSON.parse(read('manifest.webmanifest')) as { id?: string; description?: string; lang?: string };
    expect(manifest.id).toBe(BASE);
    expect(manifest.lang).toBe(defaultLang);
    expect(manifest.description).toMatch(/\S/);
    expect(manifest.description).not.toMatch(/dwang|coerci|groep|group|sekte|cult|misbruik|abuse|hulp|help/i);
  });

  it('keeps the neutral page free of the app, now with a <main>', () => {
    const html = read(NEUTRAL_LOCAL.slice(1));
    expect(html).toMatch(/<main>[\s\S]*<h1>[\s\S]*<\/main>/);
    expect(html).not.toMatch(/<script|rel="manifest"|rel="icon"|hulpwijzer/i);
  });

  it('gives the service worker the same neutral page, for when the offline copy is gone', () => {
    // Every line of the page's text and markup, as the worker carries it (in a string of its script).
    const lines = read(NEUTRAL_LOCAL.slice(1))
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const worker = read('sw.js');
    expect(lines.filter((line) => !worker.includes(line))).toEqual([]);
  });
});
