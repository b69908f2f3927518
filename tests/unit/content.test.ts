// The content contract: the real content passes, and broken content fails with a message that names
// the file, the path inside it and the problem, in words an editor understands.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { writeFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent, type ContentProblem } from '../../src/content/load.ts';
import { contentProblems, contentWith, realContent } from './content-fixture.ts';
import { organisationIds } from '../../src/logic/organisations.ts';
import { domainIds } from '../../src/logic/domains.ts';
import { pageIds } from '../../src/content/schema.ts';
import { languages } from '../../src/i18n/languages.ts';

const real = realContent;

/** A copy of content/ with one file changed, and the problems loading it reports. */
const problemsAfter = (file: string, change: (text: string) => string | null): ContentProblem[] =>
  contentProblems(contentWith(file, change));

describe('content/', () => {
  it('is valid, with every organisation of the routing contract', () => {
    const content = loadContent(real);
    expect(Object.keys(content.organisations)).toEqual([...organisationIds]);
    expect(Object.values(content.organisations).map((o) => o.id)).toEqual([...organisationIds]);
    expect(Object.keys(content.indicators)).toEqual([...domainIds]);
    expect(Object.keys(content.pages)).toEqual([...pageIds]);
  });

  it.each([
    [
      'a phone number that is not a Dutch number',
      'organisations/politie.yaml',
      // The police's number from content, cut short.
      (t: string) => t.replace(/value: "(\d{4})-(\d+)"/, 'value: "$1-1"'),
      {
        file: 'content/organisations/politie.yaml',
        path: 'contact[0].value',
        message: expect.stringMatching(/telefoonnummer "\d{4}-1"/),
      },
    ],
    [
      'a source without a date',
      'organisations/veilig-thuis.yaml',
      (t: string) => t.replace('    date: "2025"\n', ''),
      {
        file: 'content/organisations/veilig-thuis.yaml',
        path: 'sources.regio-2025.date',
        message: expect.stringContaining('datum'),
      },
    ],
    [
      'a fact that points to a source that is not listed',
      'organisations/veilig-thuis.yaml',
      (t: string) => t.replace(/source: chat-2025$/m, 'source: chat-2099'),
      {
        file: 'content/organisations/veilig-thuis.yaml',
        path: expect.stringMatching(/^contact\[\d\]\.source$/),
        message: expect.stringContaining('"chat-2099"'),
      },
    ],
    [
      'a text without its English translation',
      'pages/veilig-gebruiken.yaml',
      (t: string) => t.replace(/\n {2}en: Using this website safely/, ''),
      { file: 'content/pages/veilig-gebruiken.yaml', path: 'title.en', message: expect.any(String) },
    ],
    [
      'a missing organisation file',
      'organisations/helpwanted.yaml',
      () => null,
      { file: 'content/organisations/helpwanted.yaml', path: '', message: 'dit bestand ontbreekt' },
    ],
    [
      'a question about a domain that does not exist',
      'selfcheck/questions.yaml',
      (t: string) => t.replace('domain: leider-en-gezag', 'domain: leider'),
      {
        file: 'content/selfcheck/questions.yaml',
        path: expect.stringMatching(/\.domain$/),
        message: expect.stringContaining('"leider"'),
      },
    ],
    [
      'a routing reason the help finder does not give',
      'routing.yaml',
      (t: string) => t.replace('\n  online-images:', '\n  online-image:'),
      { file: 'content/routing.yaml', path: 'reasons', message: expect.stringContaining('"online-image"') },
    ],
    [
      'a routing reason without its text',
      'routing.yaml',
      (t: string) => t.replace('\n  online-images:', '\n  online-image:'),
      { file: 'content/routing.yaml', path: 'reasons.online-images', message: 'deze reden ontbreekt' },
    ],
    [
      'an organisation in a routing reason (the logic decides that)',
      'routing.yaml',
      (t: string) => t.replace('\n  online-images:\n', '\n  online-images:\n    organisation: helpwanted\n'),
      {
        file: 'content/routing.yaml',
        path: 'reasons.online-images',
        message: expect.stringContaining('"organisation"'),
      },
    ],
    [
      'broken YAML',
      'site.yaml',
      (t: string) => `${t}\n  : : [`,
      { file: 'content/site.yaml', path: '', message: expect.stringContaining('geen geldige YAML') },
    ],
  ])('refuses %s, naming the file, the path and the problem', (_what, file, change, expected) => {
    expect(problemsAfter(file, change)).toContainEqual(expected);
  });

  it('lists every problem at once in the error message', () => {
    const dir = contentWith('organisations/helpwanted.yaml', () => null);
    unlinkSync(join(dir, 'organisations/comensha.yaml'));
    expect(() => loadContent(dir)).toThrow(/2 fouten/);
    expect(() => loadContent(dir)).toThrow(/comensha\.yaml: dit bestand ontbreekt/);
    expect(() => loadContent(dir)).toThrow(/helpwanted\.yaml: dit bestand ontbreekt/);
  });

  it('stops a Vite build with that message', async () => {
    const dir = contentWith('pages/naasten.yaml', (t) =>
      t.replace(/review: \{ date: "[\d-]+"/, 'review: { date: "23-11-2026"'),
    );
    const root = join(dir, '..');
    writeFileSync(join(root, 'entry.js'), "import { site } from 'virtual:content/site'; console.log(site);\n");
    const { build } = await import('vite');
    const { contentPlugin } = await import('../../src/content/plugin.ts');
    await expect(
      build({
        root,
        configFile: false,
        logLevel: 'silent',
        plugins: [contentPlugin(dir)],
        build: { write: false, lib: { entry: join(root, 'entry.js'), formats: ['es'], fileName: 'x' } },
      }),
    ).rejects.toThrow(/content\/pages\/naasten\.yaml → review\.date: moet een datum zijn als "2026-11-23"/);
  });
});

describe('content for one language', () => {
  it('keeps only the chosen language of every text in every language, and leaves the rest alone', async () => {
    const { localize } = await import('../../src/content/plugin.ts');
    const text = (make: (lang: string) => unknown) => Object.fromEntries(languages.map((l) => [l, make(l)]));
    const value = {
      id: 'x',
      name: text((l) => `hallo ${l}`),
      list: text((l) => [l]),
      deep: [{ text: text((l) => l) }],
      n: 3,
    };
    for (const lang of languages) {
      expect(localize(value, lang)).toEqual({
        id: 'x',
        name: { [lang]: `hallo ${lang}` },
        list: { [lang]: [lang] },
        deep: [{ text: { [lang]: lang } }],
        n: 3,
      });
    }
  });
});
