// Adding a language touches one list: this test does what README.md ("Adding a language") says, in a
// throw-away copy of the project, with a made-up language, and builds it. It names the language once in
// src/i18n/languages.ts, adds its dictionary and its texts in content/ (both made from the Dutch by a
// function), and checks that every page follows: every route under /<code>/ in that language, the
// language switch and the not-found page offering it, its own chunks, the service worker's fallback.
// Then the copy passes the type check, and the unit and build tests that read the list of languages,
// the dictionaries, the routes or content/ (the rest do not depend on the languages; the component
// tests in jsdom are left out to keep this test's time reasonable).
// The copy lives in the temp folder; the real app keeps its own languages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { addLanguage, realContent } from '../unit/content-fixture.ts';
import { allUrls, notFoundPath, paths, resolveRoute } from '../../src/routes.ts';
import { defaultLang, languages } from '../../src/i18n/languages.ts';
import { dictionaries } from '../../src/i18n/all.ts';
import type { Dictionary } from '../../src/i18n/nl.ts';
import { withBase } from '../../src/base.ts';
import { loadContent } from '../../src/content/load.ts';

/**
 * West Frisian: a real language, so the machine's ICU data has its dates and plural rules as it would
 * for any language someone adds, and one the app does not have (the last test checks that).
 */
const CODE = 'fy';
/** The made-up language's texts: the Dutch one in brackets, so a page in it is easy to tell apart. */
const pseudo = (dutch: string) => `⟦${dutch}⟧`;
const pseudoTree = (value: unknown): unknown =>
  typeof value === 'string'
    ? pseudo(value)
    : Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, pseudoTree(v)]));
const ALL = [...languages, CODE];

const root = join(import.meta.dirname, '../..');
const copy = mkdtempSync(join(tmpdir(), 'hulpwijzer-language-'));
const out = join(copy, 'dist');
afterAll(async () => {
  await Promise.all([typeChecked, tested]); // never remove the copy under a run that still reads it
  rmSync(copy, { recursive: true, force: true });
});

interface Run {
  status: number | null;
  output: string;
}

/** The environment of a tool run in the copy: outside this test run, without colours. */
function copyEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key === 'NODE_ENV' || key.startsWith('VITEST')) delete env[key];
  env.NO_COLOR = '1';
  delete env.FORCE_COLOR;
  return env;
}

/**
 * Runs a tool of node_modules in the copy, outside this test run; answers its exit status and output
 * when it ends. Started together, the type check and the copy's tests run side by side (each mostly
 * uses one core; one after the other they took 42 s of this file's 49).
 */
function startInCopy(bin: string, args: string[]): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(copy, 'node_modules', bin), ...args], { cwd: copy, env: copyEnv() });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', (error) => done({ status: null, output: `${output}\n${error.message}` }));
    child.on('close', (status) => done({ status, output }));
  });
}

/** Runs `vite build` in the copy; returns its exit status and output. */
const build = () => startInCopy('vite/bin/vite.js', ['build', '--outDir', out, '--emptyOutDir']);

/** The tests of one folder that read the languages, the dictionaries, the routes or content/. */
const testsOnLanguages = (folder: string) =>
  readdirSync(join(root, folder))
    .filter((name) => name.endsWith('.test.ts') && name !== 'extra-language.test.ts')
    .filter((name) => /src\/(i18n\/|routes\.ts|content\/load\.ts)/.test(readFileSync(join(root, folder, name), 'utf8')))
    .map((name) => `${folder}/${name}`);

/** Changes one file of the copy; a change that changes nothing means this test is out of date. */
function change(file: string, edit: (text: string) => string): void {
  const path = join(copy, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`the change to ${file} changed nothing: this test is out of date`);
  writeFileSync(path, after);
}

const read = (appPathOrFile: string) =>
  readFileSync(
    join(out, appPathOrFile.endsWith('/') ? `${appPathOrFile.slice(1)}index.html` : appPathOrFile.replace(/^\//, '')),
    'utf8',
  );
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
/** Every app path of a page in the default language (the not-found page aside). */
const pages = allUrls().filter((url) => url !== notFoundPath && resolveRoute(url).lang === defaultLang);
/** An app path in any language, the made-up one included (the real appPath knows only the real ones). */
const pathIn = (lang: string, path: string) => (lang === defaultLang ? path : `/${lang}${path}`);

let built: Run;
/** The copy's type check and its unit and build tests, started once the copy is built. */
let typeChecked: Promise<Run>;
let tested: Promise<Run>;

beforeAll(async () => {
  for (const name of [
    'index.html',
    'package.json',
    'publiccode.yml',
    'vite.config.ts',
    'vitest.config.ts',
    'src',
    'content',
    'public',
    'scripts',
    'deploy',
    'tests',
  ]) {
    cpSync(join(root, name), join(copy, name), { recursive: true });
  }
  for (const name of readdirSync(root).filter((n) => /^tsconfig.*\.json$/.test(n)))
    cpSync(join(root, name), join(copy, name));
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  // 1. Name it once.
  change('src/i18n/languages.ts', (t) =>
    t.replace(/export const languages = \[([^\]]*)\]/, `export const languages = [$1, '${CODE}']`),
  );
  // 2. Its dictionary: a full translation of nl.ts, written out as a translator would (every text in
  // brackets, like the content below), with its fallback-page texts also on their own.
  const source = dictionaries()[defaultLang];
  const bracketed = pseudoTree(source) as Dictionary;
  // As a translator would: the link's text holds the language's name, and the words never to use are
  // words (a pattern), not a text to bracket.
  const translated: Dictionary = {
    ...bracketed,
    language: {
      ...bracketed.language,
      readThisPage: `${bracketed.language.readThisPage} ${bracketed.language.name}`,
      neverSay: source.language.neverSay,
      neverPush: source.language.neverPush,
    },
  };
  const dictionary = [
    "import type { Dictionary } from './nl.ts';",
    `export const unavailable: Dictionary['unavailable'] = ${JSON.stringify(translated.unavailable)};`,
    `const ${CODE}: Dictionary = { ...${JSON.stringify(translated)}, unavailable };`,
    `export default ${CODE};`,
  ];
  writeFileSync(join(copy, `src/i18n/${CODE}.ts`), `${dictionary.join('\n')}\n`);
  // 3. Its texts in content/.
  addLanguage(join(copy, 'content'), CODE, pseudo);
  built = await build();
  typeChecked = startInCopy('typescript/bin/tsc', ['-b']);
  tested = startInCopy('vitest/vitest.mjs', [
    'run',
    '--project',
    'unit',
    '--project',
    'build',
    ...testsOnLanguages('tests/unit'),
    ...testsOnLanguages('tests/build'),
  ]);
}, 300_000);

describe(`a new language "${CODE}", added as README.md says`, () => {
  it('builds', () => {
    expect(built.output).not.toMatch(/error/i);
    expect(built.status).toBe(0);
  });

  it.each(pages)(`has %s under /${CODE}/, in that language, not the not-found page`, (path) => {
    const html = read(pathIn(CODE, path));
    expect(html).toMatch(new RegExp(`<html lang="${CODE}">`));
    const h1 = text(html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? '');
    expect(h1).toMatch(/^⟦.*⟧$/);
    expect(h1).not.toBe(pseudo(dictionaries()[defaultLang].notFound.title));
    // The same page in the default language is still in that language.
    expect(read(path)).toMatch(new RegExp(`<html lang="${defaultLang}">`));
  });

  it.each(pages.flatMap((path) => ALL.map((lang) => [lang, path] as const)))(
    'lists every other language in the language switch of %s %s, each link in its own language',
    (lang, path) => {
      const html = read(pathIn(lang, path));
      const list = html.match(/<ul class="lang-switch">([\s\S]*?)<\/ul>/)?.[1] ?? '';
      const links = [...list.matchAll(/<a href="([^"]*)" hreflang="([^"]*)" lang="([^"]*)"[^>]*>([^<]*)<\/a>/g)];
      expect(links.map((l) => l[2])).toEqual(ALL.filter((l) => l !== lang));
      for (const [, href, hreflang, ownLang, name] of links) {
        expect(href).toBe(withBase(pathIn(hreflang!, path)));
        expect(ownLang).toBe(hreflang);
        const dictionaryName =
          hreflang === CODE
            ? pseudo(dictionaries()[defaultLang].language.name)
            : dictionaries()[hreflang as (typeof languages)[number]].language.name;
        expect(name).toBe(dictionaryName);
      }
      for (const other of ALL)
        expect(html).toContain(`<link rel="alternate" hreflang="${other}" href="${withBase(pathIn(other, path))}"`);
    },
  );

  it('offers it on the not-found page, in its own block and language', () => {
    const html = read(notFoundPath);
    const block = html.match(new RegExp(`<div lang="${CODE}" class="other-language">([\\s\\S]*?)</div>`))?.[1] ?? '';
    expect(text(block)).toContain(pseudo(dictionaries()[defaultLang].notFound.title));
    expect(block).toContain(`href="${withBase(pathIn(CODE, paths.home))}"`);
    expect(html).toMatch(new RegExp(`<html lang="${defaultLang}">`));
  });

  it('puts its pages in the offline copy and its fallback texts in the service worker', () => {
    const sw = readFileSync(join(out, 'sw.js'), 'utf8');
    const precached = [...sw.matchAll(/"?url"?:"([^"]+)"/g)].map((m) => m[1]);
    for (const path of pages) expect(precached).toContain(`${pathIn(CODE, path).slice(1)}index.html`);
    expect(sw).toContain(pseudo(dictionaries()[defaultLang].unavailable.title));
  });

  it('gives its interactive pages chunks of their own: no script holds its texts and the Dutch ones', () => {
    const { helpFinder } = loadContent(realContent);
    const dutch = helpFinder.situations.question[defaultLang];
    const scripts = readdirSync(join(out, 'assets'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(out, 'assets', f), 'utf8'));
    const count = (code: string, part: string) => code.split(part).length - 1;
    const withPseudo = scripts.filter((code) => count(code, pseudo(dutch)) > 0);
    expect(withPseudo.length).toBeGreaterThan(0);
    // The Dutch text occurs in such a script only inside its bracketed copy.
    for (const code of withPseudo) expect(count(code, dutch)).toBe(count(code, pseudo(dutch)));
    expect(scripts.some((code) => count(code, dutch) > count(code, pseudo(dutch)))).toBe(true);
  }, 60_000); // it reads content/ once more: slow on a loaded machine

  it('leaves the manifest in the default language', () => {
    expect(JSON.parse(read('manifest.webmanifest')).lang).toBe(defaultLang);
  });

  it('passes the type check', async () => {
    const checked = await typeChecked;
    expect(checked.output.trim()).toBe('');
    expect(checked.status).toBe(0);
  }, 600_000);

  it('passes the unit and build tests that depend on the languages', async () => {
    expect(testsOnLanguages('tests/unit').length).toBeGreaterThan(3);
    expect(testsOnLanguages('tests/build').length).toBeGreaterThan(1);
    const run = await tested;
    expect(run.output).toMatch(/Tests\s+\d+ passed/);
    expect(run.output, run.output.slice(-4000)).not.toMatch(/\bfailed\b/);
    expect(run.status).toBe(0);
  }, 600_000);

  it('stops the build, naming the file and the field, when one text lacks the new language', async () => {
    await Promise.all([typeChecked, tested]); // they read content/ and dist/ of the copy: change them only after
    change('content/pages/veilig-gebruiken.yaml', (t) => t.replace(new RegExp(`\\n  ${CODE}: .*`), ''));
    const failed = await build();
    expect(failed.status).not.toBe(0);
    expect(failed.output).toMatch(new RegExp(`content/pages/veilig-gebruiken\\.yaml → title\\.${CODE}: `));
  }, 120_000);
});

// Guards the guard: the real app ships its own languages only.
describe('the real build', () => {
  it(`has no page in "${CODE}"`, () => {
    const dist = join(root, 'dist');
    expect(existsSync(join(dist, CODE))).toBe(false);
    expect(languages).not.toContain(CODE);
  });
});
