// Checks on the text of every built page: no definition list repeats a term (screen readers
// announce each one), and an organisation page lists each source once and refers to it by number.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allUrls, organisationPath } from '../../src/routes.ts';
import { organisationIds } from '../../src/logic/organisations.ts';
import { languages } from '../../src/i18n/index.ts';
import { localePath, paths, notFoundPath, resolveRoute } from '../../src/routes.ts';
import type { Lang } from '../../src/i18n/languages.ts';
import { BASE } from '../../src/base.ts';

/** The page's address without the base: what its file in dist/ is named after. */
const fileOfPage = (lang: Lang, path: string) => localePath(lang, path).slice(BASE.length - 1);
import { loadContent } from '../../src/content/load.ts';
import { organisationGroups } from '../../src/content/schema.ts';
import { tFor } from '../../src/i18n/all.ts';

const { site, organisations } = loadContent(join(import.meta.dirname, '../../content'));

const dist = join(import.meta.dirname, '../../dist');
const read = (url: string) =>
  readFileSync(join(dist, url.endsWith('.html') ? url.slice(1) : `${url.slice(1)}index.html`), 'utf8');
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The terms that occur more than once within one <dl> of the page. */
export function repeatedTerms(html: string): string[] {
  return [...html.matchAll(/<dl[\s>][\s\S]*?<\/dl>/g)].flatMap(([dl]) => {
    const terms = [...dl.matchAll(/<dt[^>]*>([\s\S]*?)<\/dt>/g)].map((m) => text(m[1]!));
    return terms.filter((term, i) => terms.indexOf(term) !== i);
  });
}

describe('definition lists', { tags: ['host'] }, () => {
  it('are checked for repeated terms', () => {
    expect(
      repeatedTerms('<dl><div><dt>Kosten</dt><dd>a</dd></div><dt>Verder</dt><dd>b</dd><dt>Verder</dt><dd>c</dd></dl>'),
    ).toEqual(['Verder']);
    expect(repeatedTerms('<dl><dt>Kosten</dt><dd>a</dd></dl><dl><dt>Kosten</dt><dd>b</dd></dl>')).toEqual([]);
  });

  it.each(allUrls())('on %s never repeat a term', (url) => {
    expect(repeatedTerms(read(url))).toEqual([]);
  });
});

describe('organisation pages', { tags: ['host'] }, () => {
  // App paths, as the files in dist/ are named (links carry the base; file names never do).
  const pages = allUrls().filter((url) => organisationIds.some((id) => url.endsWith(organisationPath(id))));

  it.each(pages)('%s lists each source once, and every reference points at one of them', (url) => {
    const html = read(url);
    const list = html.match(/<ol class="source-list">([\s\S]*?)<\/ol>/)?.[1] ?? '';
    expect(list, 'the page has a list of sources').not.toBe('');
    const sources = [...list.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => text(m[1]!));
    expect(sources.length).toBeGreaterThan(0);
    expect(new Set(sources).size).toBe(sources.length);
    const page = text(html);
    for (const source of sources) expect(page.split(source).length - 1, source).toBe(1);
    // Each line's reference: a quiet footnote number, the number the eye sees.
    const refs = [...html.matchAll(/<sup class="source-ref[^"]*"><span aria-hidden="true">(\d+)<\/span>/g)].map((m) =>
      Number(m[1]),
    );
    expect(refs.length).toBeGreaterThan(0);
    for (const n of refs) {
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(sources.length);
    }
    // Every source is used by some line on the page.
    for (let n = 1; n <= sources.length; n++) expect(refs).toContain(n);
  });
});

describe('the publisher (content/site.yaml)', { tags: ['host'] }, () => {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

  it.each(allUrls().filter((url) => url !== notFoundPath))(
    'is named in the footer of %s, with a link to more',
    (url) => {
      const { lang } = resolveRoute(url);
      const footer = read(url).match(/<footer[\s\S]*<\/footer>/)?.[0] ?? '';
      expect(footer).toContain(escape(site.publisher.name ? site.publisher.name[lang] : site.publisher.who[lang]));
      expect(footer).toContain(`href="${localePath(lang, paths.accountability)}#aanbieder"`);
    },
  );

  it.each(languages)(
    'is described on the verantwoording page (%s): who, and how to reach them about the content',
    (lang) => {
      const html = read(fileOfPage(lang, paths.accountability));
      expect(html).toContain('id="aanbieder"');
      expect(html).toContain(escape(site.publisher.who[lang]));
      expect(html).toContain(escape(site.publisher.contact[lang]));
    },
  );
});

describe('the organisations overview', { tags: ['host'] }, () => {
  it.each(languages)(
    '(%s) is grouped by what they are for, in the declared order, with Onder Controle first',
    (lang) => {
      const html = read(fileOfPage(lang, paths.organisations));
      const t = tFor(lang);
      const headings = [...html.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((m) => text(m[1]!));
      const groups = organisationGroups
        .filter((g) => Object.values(organisations).some((o) => o.group === g))
        .map((g) => t(`organisations.groups.${g}`));
      expect(headings.filter((h) => groups.includes(h))).toEqual(groups);
      const links = [...html.matchAll(/href="[^"]*\/organisaties\/([a-z0-9-]+)\/"/g)].map((m) => m[1]);
      expect(links[0]).toBe('fier-onder-controle');
      expect([...links].sort()).toEqual(Object.keys(organisations).sort());
    },
  );
});
