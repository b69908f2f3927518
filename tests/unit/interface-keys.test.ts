// The build stops on an interface text key the default dictionary does not have (createT would show the
// key itself on the page): src/content/interface-keys.ts, run by vite.config.ts.
// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { dictionaryKeys, interfaceKeysPlugin, unknownKeys, unknownKeysIn } from '../../src/content/interface-keys.ts';
import { dictionaries } from '../../src/i18n/all.ts';
import { defaultLang } from '../../src/i18n/languages.ts';
import viteConfig from '../../vite.config.ts';

const root = join(import.meta.dirname, '../..');
const src = join(root, 'src');
const dictionary = dictionaries()[defaultLang];
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The first source file that names a key of the dictionary in a call `t('…')`, and that key. */
function aKeyInUse(): { file: string; key: string; line: number } {
  const { keys } = dictionaryKeys(dictionary);
  for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.tsx')) continue;
    const file = join(entry.parentPath, entry.name);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bt\('([\w.]+)'/g)) {
      if (keys.has(match[1]!)) return { file, key: match[1]!, line: text.slice(0, match.index).split('\n').length };
    }
  }
  throw new Error('no component names a key with t(…): this test is out of date');
}

describe('interface text keys in src/', () => {
  it('are all in the default dictionary today', async () => {
    expect(await unknownKeysIn(src)).toEqual([]);
  });

  it('names the file, line, column and key of a key that is not there, and of a group that is not there', () => {
    const key = [...dictionaryKeys(dictionary).keys][0]!;
    const source = `const a = 1;\nt('${key}');\n  t('${key}X');\nt(\`${key.split('.')[0]}.nope.\${x}\`);\n`;
    expect(unknownKeys('src/x.tsx', source, dictionary)).toEqual([
      {
        file: 'src/x.tsx',
        line: 3,
        column: 6,
        message: `interfacetekst "${key}X" bestaat niet in src/i18n/${defaultLang}.ts`,
      },
      {
        file: 'src/x.tsx',
        line: 4,
        column: 4,
        message: `"${key.split('.')[0]}.nope.…" is geen groep interfaceteksten in src/i18n/${defaultLang}.ts`,
      },
    ]);
  });

  it('stops the build when a renamed key is still used in one place', async () => {
    const { file, key, line } = aKeyInUse();
    const copy = mkdtempSync(join(tmpdir(), 'hulpwijzer-keys-'));
    copies.push(copy);
    cpSync(src, join(copy, 'src'), { recursive: true });
    const inCopy = join(copy, 'src', relative(src, file));
    writeFileSync(inCopy, readFileSync(inCopy, 'utf8').replace(`t('${key}'`, `t('${key}Oud'`));
    const plugin = interfaceKeysPlugin(join(copy, 'src'));
    const run = plugin.buildStart as unknown as () => Promise<void>;
    const where = `${relative(root, file)}, regel ${line}, kolom \\d+`.replace(/[./]/g, (c) => `\\${c}`);
    await expect(run.call({})).rejects.toThrow(new RegExp(`${where}: interfacetekst "${key}Oud" bestaat niet`));
  });

  it('is a plugin of the production build', () => {
    const plugins = (viteConfig.plugins ?? []).flat();
    expect(
      plugins.some((p) => p && typeof p === 'object' && 'name' in p && p.name === 'hulpwijzer-interface-keys'),
    ).toBe(true);
  });
});
