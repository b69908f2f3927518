// Checks the production build in dist/ (run `npm run build` first; `npm test` does).
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { allUrls, notFoundPath } from '../../src/routes.ts';
import { contentSecurityPolicy, headerContentSecurityPolicy } from '../../src/policy.ts';
import { parseHeaders } from '../../scripts/serve.mjs';
import { NEUTRAL_LOCAL } from '../../src/features/quick-exit/neutral.ts';
import { BASE, withBase } from '../../src/base.ts';
import { loadContent } from '../../src/content/load.ts';
import { defaultLang, languages } from '../../src/i18n/languages.ts';
import { tFor } from '../../src/i18n/all.ts';

const dist = join(import.meta.dirname, '../../dist');
const read = (file: string) => readFileSync(join(dist, file), 'utf8');
const fileOf = (url: string) => (url.endsWith('.html') ? url.slice(1) : `${url.slice(1)}index.html`);

function filesIn(dir: string): string[] {
  return readdirSync(join(dist, dir)).flatMap((name) => {
    const rel = dir ? `${dir}/${name}` : name;
    return statSync(join(dist, rel)).isDirectory() ? filesIn(rel) : [rel];
  });
}

/** The URLs in the service worker's precache list. */
function precache(): string[] {
  return [...read('sw.js').matchAll(/"?url"?:"([^"]+)"/g)].map((m) => m[1]!); // injectManifest writes JSON
}

const content = loadContent(join(import.meta.dirname, '../../content'));
/** A text only the prerendered safety page holds (content/pages), never a script. */
const pageText = content.pages['veilig-gebruiken']!.lead![defaultLang];

describe('the build', { tags: ['host'] }, () => {
  it.each(allUrls())('prerenders %s as a complete page under the CSP', (url) => {
    const html = read(fileOf(url));
    const csp = html
      .match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1]
      ?.replaceAll('&#39;', "'");
    expect(csp).toBe(contentSecurityPolicy);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    expect(html).toContain('<meta name="referrer" content="no-referrer"');
    expect(html).toMatch(new RegExp(`<html lang="(${languages.join('|')})">`));
    expect(html).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
    expect(html).toContain('data-quick-exit');
    expect(html).toContain('href="tel:112"');
    // Nothing the CSP would block: no inline script, no style element or attribute.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style[\s>]|\sstyle="/);
  });

  it.each(allUrls())('puts %s in the offline copy', (url) => {
    expect(precache()).toContain(fileOf(url));
  });

  it('puts the neutral page and the assets in the offline copy, each once, and nothing else', () => {
    const urls = precache();
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toContain(NEUTRAL_LOCAL.slice(1));
    const shipped = filesIn('').filter(
      (f) => /\.(html|js|css|png|svg|webmanifest)$/.test(f) && f !== 'sw.js' && !f.startsWith('workbox-'),
    );
    expect(urls.sort()).toEqual(shipped.sort());
  });

  it('ships no build-time code: no prerenderer, no page text in scripts, no source maps', () => {
    const scripts = filesIn('assets').filter((f) => f.endsWith('.js'));
    for (const file of scripts) {
      const code = read(file);
      expect(code, file).not.toContain('renderToString');
      expect(code, file).not.toContain(pageText); // content/pages, prerender only
    }
    expect(filesIn('').filter((f) => f.endsWith('.map'))).toEqual([]);
  });

  it('gives each script one language: interactive pages load only their own', () => {
    // A text of each kind an island ships: from the help finder's content, the dictionary, an organisation.
    const pairs = [
      languages.map((lang) => content.helpFinder.situations.question[lang]),
      languages.map((lang) => tFor(lang)('selfCheck.restart')),
      languages.map((lang) => Object.values(content.organisations)[0]!.short[lang].slice(0, 30)),
    ];
    expect(pairs.every(([nl, en]) => nl && en && nl !== en)).toBe(true);
    for (const file of filesIn('assets').filter((f) => f.endsWith('.js'))) {
      const code = read(file);
      for (const [nl, en] of pairs)
        expect(code.includes(nl!) && code.includes(en!), `${file} holds both "${nl}" and "${en}"`).toBe(false);
    }
    const all = filesIn('assets').map(read).join('\n');
    for (const [nl, en] of pairs)
      expect(all.includes(nl!) && all.includes(en!), `"${nl}" and "${en}" are shipped`).toBe(true);
  });

  it('writes _headers with the CSP, frame-ancestors and no-referrer for static hosts', () => {
    const rules = parseHeaders(read('_headers'));
    const all = rules.find((r) => r.pattern === withBase('/*'))!.headers;
    expect(all['Content-Security-Policy']).toBe(headerContentSecurityPolicy);
    expect(all['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(all['Referrer-Policy']).toBe('no-referrer');
    expect(rules.find((r) => r.pattern === withBase('/sw.js'))!.headers['Cache-Control']).toBe('no-cache');
  });

  it('has a manifest with a neutral name and icons that exist', () => {
    const manifest = JSON.parse(read('manifest.webmanifest')) as {
      name: string;
      short_name: string;
      icons: Array<{ src: string; sizes: string }>;
    };
    expect(manifest.name).toBe('Hulpwijzer');
    expect(manifest.short_name).toBe('Hulpwijzer');
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons) {
      expect(icon.src.startsWith(BASE), icon.src).toBe(true);
      expect(existsSync(join(dist, icon.src.slice(BASE.length))), icon.src).toBe(true);
    }
  });

  it('keeps the neutral page free of anything of the app', () => {
    const html = read(NEUTRAL_LOCAL.slice(1));
    expect(html).not.toMatch(/<script|rel="(icon|manifest|apple-touch-icon)"|data-quick-exit|tel:|Hulpwijzer/);
    expect(NEUTRAL_LOCAL).not.toMatch(/exit|weg|hulp/);
  });

  it.each(allUrls())('opens every outside link on %s without a referrer or opener', (url) => {
    const links = [...read(fileOf(url)).matchAll(/<a [^>]*href="https?:[^"]*"[^>]*>/g)].map(([link]) => link);
    expect(links.filter((link) => !link.includes('rel="noreferrer noopener"'))).toEqual([]);
  });

  it.each(allUrls())('has no modal dialog on %s (it would make the quick exit unreachable)', (url) => {
    expect(read(fileOf(url))).not.toMatch(/<dialog|aria-modal/);
  });

  it('ships no script that opens a modal dialog or sends a beacon', () => {
    for (const file of filesIn('assets').filter((f) => f.endsWith('.js') && !f.startsWith('assets/store-'))) {
      const code = read(file);
      expect(code, file).not.toMatch(/showModal|sendBeacon/);
    }
  });

  it('writes the not-found page in every language', () => {
    const html = read(fileOf(notFoundPath));
    for (const lang of languages) expect(html, lang).toContain(tFor(lang)('notFound.title'));
  });
});
