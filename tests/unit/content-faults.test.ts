// Content an editor may get wrong without seeing it: every case stops a real Vite build with
// "file → place: problem", reports only the real problem, and reports it once.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/content/load.ts';
import { contentProblems, contentWith, realContent } from './content-fixture.ts';
import { MAX_WORDS, textsIn } from '../../src/content/readability.ts';
import { defaultLang } from '../../src/i18n/languages.ts';
import { dialled, phonesIn } from '../../src/content/phone.ts';
import { pageIds } from '../../src/content/schema.ts';

/** The message a real Vite build stops with. */
async function buildError(dir: string): Promise<string> {
  const root = join(dir, '..');
  writeFileSync(join(root, 'entry.js'), "import { site } from 'virtual:content/site'; console.log(site);\n");
  const { build } = await import('vite');
  const { contentPlugin } = await import('../../src/content/plugin.ts');
  try {
    await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [contentPlugin(dir)],
      build: { write: false, lib: { entry: join(root, 'entry.js'), formats: ['es'], fileName: 'x' } },
    });
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the build accepted the broken content');
}

const nextYear = new Date().getUTCFullYear() + 1;
const safety = 'pages/veilig-gebruiken.yaml';
// The first source's date (on its own indented line; the review date sits in braces at the top).
const replaceFirstDate = (t: string, date: string) =>
  t.replace(/(\n\s+)date: "\d{4}(-\d\d)?(-\d\d)?"/, `$1date: ${date}`);

describe('the content contract refuses', () => {
  it.each([
    [
      'an impossible date',
      'organisations/veilig-thuis.yaml',
      (t: string) => replaceFirstDate(t, '"2025-02-31"'),
      /organisations\/veilig-thuis\.yaml → sources\.[\w-]+\.date: 2025-02-31 bestaat niet/,
    ],
    [
      'a date in the future',
      'organisations/veilig-thuis.yaml',
      (t: string) => replaceFirstDate(t, `"${nextYear}-01"`),
      new RegExp(`veilig-thuis\\.yaml → sources\\.[\\w-]+\\.date: ${nextYear}-01 ligt in de toekomst`),
    ],
    [
      'a future day as a review date',
      safety,
      (t: string) => t.replace(/review: \{ date: "[\d-]+"/, `review: { date: "${nextYear}-01-01"`),
      /veilig-gebruiken\.yaml → review\.date: \d{4}-01-01 ligt in de toekomst/,
    ],
    [
      'a year without quotes',
      'organisations/veilig-thuis.yaml',
      (t: string) => replaceFirstDate(t, '2023'),
      /veilig-thuis\.yaml → sources\.[\w-]+\.date: zet de datum tussen aanhalingstekens: "2023"/,
    ],
    [
      'an English text equal to the Dutch one',
      safety,
      (t: string) => t.replace('en: Using this website safely', 'en: Veilig gebruiken'),
      /veilig-gebruiken\.yaml → title\.en: is gelijk aan de tekst in het Nederlands: vertaal hem in het Engels/,
    ],
    [
      'a placeholder',
      safety,
      (t: string) => t.replace('en: Using this website safely', 'en: TODO translate'),
      /veilig-gebruiken\.yaml → title\.en: "TODO" is een tekst die nog geschreven moet worden/,
    ],
    [
      'a placeholder in Dutch',
      safety,
      (t: string) => t.replace('nl: Veilig gebruiken', 'nl: Veilig gebruiken FIXME'),
      /veilig-gebruiken\.yaml → title\.nl: "FIXME"/,
    ],
    [
      'a right-to-left override in a text',
      safety,
      (t: string) => t.replace('en: Using this', 'en: Using \u202Ethis'),
      /veilig-gebruiken\.yaml → regel \d+, kolom \d+: onzichtbaar of richtingsteken U\+202E \(rechts-naar-linksoverschrijving\)/,
    ],
    [
      'a zero-width space in a text',
      safety,
      (t: string) => t.replace('nl: Veilig gebruiken', 'nl: Veilig\u200B gebruiken'),
      /regel \d+, kolom 13: onzichtbaar of richtingsteken U\+200B/,
    ],
    [
      'a right-to-left isolate in a comment',
      'site.yaml',
      (t: string) => `# \u2067x\u2069\n${t}`,
      /site\.yaml → regel 1, kolom 3: onzichtbaar of richtingsteken U\+2067 .*U\+2069/,
    ],
    [
      'a byte-order mark inside a text',
      safety,
      (t: string) => t.replace('nl: Veilig gebruiken', 'nl: Veilig \uFEFFgebruiken'),
      /U\+FEFF \(bytevolgordemarkering \(BOM\)\)/,
    ],
  ])('%s, and stops the build naming file → place: problem', async (_what, file, change, expected) => {
    expect(await buildError(contentWith(file, change))).toMatch(expected);
  });

  it.each(pageIds)('a missing page file (%s), and stops the build naming it', async (id) => {
    const message = await buildError(contentWith(`pages/${id}.yaml`, () => null));
    const expected = `De inhoud in content/ klopt niet \\(1 fout\\):\\n\\s+- content/pages/${id}\\.yaml: dit bestand ontbreekt`;
    expect(message).toMatch(new RegExp(expected));
  });

  it.each([
    ['pages', safety, 'geen pagina van de app (zie pageIds in schema.ts)'],
    ['organisations', 'organisations/politie.yaml', 'geen bekende organisatie (zie src/logic/organisations.ts)'],
    ['indicators', 'indicators/kinderen.yaml', 'geen bekend onderwerp (zie src/logic/domains.ts)'],
  ])('a file in %s/ for something the app does not know', (folder, model, message) => {
    const dir = contentWith(model, (t) => `${t}\n`);
    writeFileSync(join(dir, `${folder}/nieuw.yaml`), readFileSync(join(dir, model), 'utf8'));
    const expected = { file: `content/${folder}/nieuw.yaml`, path: '', message: `"nieuw" is ${message}` };
    expect(contentProblems(dir)).toContainEqual(expected);
  });

  it('shows a YAML error whole, with the line and a marker under the place', async () => {
    const dir = contentWith(safety, (t) => t.replace('en: Using this website safely', 'en: Using: this: safely'));
    const message = await buildError(dir);
    const line =
      readFileSync(join(dir, safety), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('en: Using: this: safely')) + 1;
    expect(message).toMatch(new RegExp(`veilig-gebruiken\\.yaml: geen geldige YAML: .*line ${line}, column \\d+:`));
    expect(message).toContain('en: Using: this: safely'); // the line itself, cut off before
    expect(message).toMatch(/\n\s+\^/); // and the marker under it
  });

  it('reports an invalid indicator file once, without false errors in the questions about it', () => {
    const dir = contentWith('indicators/leider-en-gezag.yaml', (t) =>
      t.replace(/^redFlag: \w+$/m, 'redFlag: misschien'),
    );
    const found = contentProblems(dir);
    expect(found).toEqual([
      { file: 'content/indicators/leider-en-gezag.yaml', path: 'redFlag', message: expect.any(String) },
    ]);
  });

  it('still refuses a question about a domain that does not exist', () => {
    const dir = contentWith('selfcheck/questions.yaml', (t) => t.replace('domain: leider-en-gezag', 'domain: ../site'));
    expect(contentProblems(dir)).toContainEqual({
      file: 'content/selfcheck/questions.yaml',
      path: expect.stringMatching(/\.domain$/),
      message: expect.stringContaining('"../site"'),
    });
  });
});

describe('the content contract allows', () => {
  it('a byte-order mark at the very start of a file (how some editors save UTF-8)', () => {
    const dir = contentWith('site.yaml', (t) => `\uFEFF${t}`);
    expect(() => loadContent(dir)).not.toThrow();
  });

  it('a name or a single word that is the same in both languages', () => {
    const dir = contentWith(safety, (t) =>
      t
        .replace('en: Using this website safely', 'en: Veilig gebruiken')
        .replace('nl: Veilig gebruiken', 'nl: Veilig gebruiken'),
    );
    // "Veilig gebruiken" equal in both languages is refused; one word ("Chat") is not.
    expect(contentProblems(dir).map((p) => p.path)).toEqual(['title.en']);
    const oneWord = contentWith(safety, (t) =>
      t.replace('en: Using this website safely', 'en: Chat').replace('nl: Veilig gebruiken', 'nl: Chat'),
    );
    expect(() => loadContent(oneWord)).not.toThrow();
  });
});

describe('the build refuses running text that breaks a rule the type check cannot see', () => {
  it('a sentence over the readability limit, naming file → place and the count', async () => {
    const long = Array.from({ length: MAX_WORDS + 1 }, () => 'woord').join(' ');
    const dir = contentWith(safety, (t) => t.replace('nl: Veilig gebruiken', `nl: ${long}.`));
    expect(await buildError(dir)).toMatch(
      new RegExp(
        `content/pages/veilig-gebruiken\\.yaml → title\\.nl: ${MAX_WORDS + 1} woorden \\(meer dan ${MAX_WORDS}\\)`,
      ),
    );
  });

  it('a phone number in a text that is no organisation’s contact, naming file → place and the number', async () => {
    // A text that repeats a contact's number, with one digit of it changed.
    const content = loadContent(realContent);
    const numbers = Object.values(content.organisations).flatMap((o) => [
      ...o.contact.flatMap((c) => (c.type === 'phone' ? [c.value] : [])),
      ...(o.otherNumbers ?? []).map((n) => n.value),
    ]);
    const found = Object.values(content.organisations).flatMap((o) =>
      o.contact.flatMap((c) =>
        c.type === 'phone' && c.value.replace(/\D/g, '').length > 3
          ? textsIn(o, defaultLang)
              .filter(({ text }) => text.includes(c.value))
              .map(({ text }) => ({ id: o.id, number: c.value, text }))
          : [],
      ),
    )[0];
    if (!found) throw new Error('no text repeats a contact number: this test is out of date');
    const { id, number, text } = found;
    const wrong = number.replace(/\d$/, (d) => String((Number(d) + 1) % 10));
    expect(numbers).not.toContain(wrong);
    const dir = contentWith(`organisations/${id}.yaml`, (t) => t.replace(text, text.replace(number, wrong)));
    expect(await buildError(dir)).toMatch(
      new RegExp(
        `content/organisations/${id}\\.yaml → [\\w.\\[\\]]+\\.(nl|en): telefoonnummer "${wrong.replace(/[+]/g, '\\+')}" is van geen enkele organisatie`,
      ),
    );
  });

  it('knows a number written another way: "+31 20…" is "020…"', () => {
    // Made-up numbers: this is about reading numbers, not about any organisation's.
    expect(dialled('+31 20 555 01 99')).toBe(dialled('020-555 01 99'));
    expect(
      phonesIn('Bel 112, of 0800 555 01 (gratis). Het kost 100 euro in 2026. WhatsApp: +31 6 12 34 56 78.'),
    ).toEqual(['112', '0800 555 01', '+31 6 12 34 56 78']);
  });
});
