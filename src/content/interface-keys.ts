// Build time: every interface text key the code in src/ names must be in the default dictionary. createT
// shows the key itself for a text it does not know, so a renamed key that one page still uses would ship
// as "nav.back" where "Terug" should be. The type check catches it too, but `npm run build` does not run
// the type check: this plugin makes the build stop, naming the file, the line and the key, in Dutch.
import type { Plugin } from 'vite';
import { transformWithOxc } from 'vite';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defaultLang, languages, pluralForms } from '../i18n/languages.ts';

export interface KeyProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

const PLURAL = new RegExp(`_(${pluralForms.join('|')})$`);

/** The keys of a dictionary as the code names them ("nav.back", plural forms folded), and its groups. */
export function dictionaryKeys(dictionary: object): { keys: Set<string>; groups: Set<string> } {
  const keys = new Set<string>();
  const groups = new Set<string>();
  const walk = (value: unknown, path: string) => {
    if (typeof value !== 'object' || value === null) return void keys.add(path.replace(PLURAL, ''));
    if (path) groups.add(path);
    for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
  };
  walk(dictionary, '');
  return { keys, groups };
}

/**
 * Every string in one source file that looks like a key of this dictionary (it starts with one of its
 * top-level groups and a dot) but is none. A template (`finder.answer.${a}`) must start with a group.
 */
export function unknownKeys(file: string, source: string, dictionary: object): KeyProblem[] {
  const { keys, groups } = dictionaryKeys(dictionary);
  const top = [...groups].filter((g) => !g.includes('.'));
  if (!top.length) return [];
  const shape = new RegExp(`^(?:${top.join('|')})\\.[\\w.]*$`);
  const problems: KeyProblem[] = [];
  const at = (index: number) => {
    const before = source.slice(0, index).split('\n');
    return { line: before.length, column: before.at(-1)!.length + 1 };
  };
  // A quoted string without escapes, or the start of a template literal up to its first `${`.
  for (const match of source.matchAll(/'([\w.]+)'|"([\w.]+)"|`([\w.]+)(`|\$\{)/g)) {
    const [, single, double, template, end] = match;
    const text = single ?? double ?? template!;
    if (!shape.test(text)) continue;
    const partial = end === '${';
    const known = partial ? text.endsWith('.') && groups.has(text.slice(0, -1)) : keys.has(text);
    if (known) continue;
    problems.push({
      file,
      ...at(match.index + 1),
      message: partial
        ? `"${text}…" is geen groep interfaceteksten in src/i18n/${defaultLang}.ts`
        : `interfacetekst "${text}" bestaat niet in src/i18n/${defaultLang}.ts`,
    });
  }
  return problems;
}

/** The default dictionary, read from its file (plain data: the types are stripped, nothing is bundled). */
async function defaultDictionary(src: string): Promise<object> {
  const file = join(src, 'i18n', `${defaultLang}.ts`);
  const { code } = await transformWithOxc(readFileSync(file, 'utf8'), file, { lang: 'ts' });
  const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: object };
  return module.default;
}

/** Every .ts and .tsx file under src/ but the dictionaries themselves. */
function sourceFiles(src: string): string[] {
  const dictionaries = new Set(languages.map((lang) => join(src, 'i18n', `${lang}.ts`)));
  return readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => !dictionaries.has(file))
    .sort();
}

/** Every unknown key in src/, with its file relative to the project. */
export async function unknownKeysIn(src: string): Promise<KeyProblem[]> {
  const dictionary = await defaultDictionary(src);
  const root = join(src, '..');
  return sourceFiles(src).flatMap((file) => unknownKeys(relative(root, file), readFileSync(file, 'utf8'), dictionary));
}

export class KeyError extends Error {
  constructor(readonly problems: KeyProblem[]) {
    super(
      `Onbekende interfaceteksten in src/ (${problems.length}):\n` +
        problems.map((p) => `  - ${p.file}, regel ${p.line}, kolom ${p.column}: ${p.message}`).join('\n'),
    );
    this.name = 'KeyError';
  }
}

/** Stops the build when code in src/ names a text the default dictionary does not have. */
export function interfaceKeysPlugin(src = join(import.meta.dirname, '..')): Plugin {
  return {
    name: 'hulpwijzer-interface-keys',
    apply: 'build',
    async buildStart() {
      const problems = await unknownKeysIn(src);
      if (problems.length) throw new KeyError(problems);
    },
  };
}
