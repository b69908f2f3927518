// Broken-content fixtures for the content tests: a throw-away copy of content/ with one file changed,
// and the problems the loader reports for it. One place, so every test makes its copies the same way.
import { afterEach, expect } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { isMap, parseDocument, visit } from 'yaml';
import { ContentError, loadContent, type ContentProblem } from '../../src/content/load.ts';
import { isLocalized } from '../../src/content/checks.ts';
import { defaultLang } from '../../src/i18n/languages.ts';

export const realContent = join(import.meta.dirname, '../../content');

const made: string[] = [];
afterEach(() => {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
});

/**
 * A copy of content/ with `file` changed (`null` removes it); returns the copy's content folder. A
 * change that changes nothing fails at once: the fixture no longer matches the content.
 */
export function contentWith(file: string, change: (text: string) => string | null): string {
  const root = mkdtempSync(join(tmpdir(), 'hulpwijzer-content-'));
  made.push(root);
  const dir = join(root, 'content');
  cpSync(realContent, dir, { recursive: true });
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the change to ${file} changed nothing: the fixture is out of date`);
  if (after === null) unlinkSync(path);
  else writeFileSync(path, after);
  return dir;
}

/** The problems loading this content folder reports; fails when it loads without any. */
export function contentProblems(dir: string): ContentProblem[] {
  try {
    loadContent(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
  throw new Error('the broken content was accepted');
}

/**
 * Gives every text in a content folder (every file, in place) one more language, `lang`, made from
 * the Dutch text by `translate`: what an editor does when a language is added. The files keep their
 * layout and comments (the content tests edit them by their text).
 */
export function addLanguage(dir: string, lang: string, translate: (dutch: string) => string): void {
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.yaml')) continue;
    const path = join(entry.parentPath, entry.name);
    const doc = parseDocument(readFileSync(path, 'utf8'));
    visit(doc, {
      Map(_, map) {
        const value: unknown = map.toJSON();
        if (!isMap(map) || typeof value !== 'object' || value === null || !isLocalized(value)) return;
        const dutch = (value as Record<string, unknown>)[defaultLang];
        map.set(lang, Array.isArray(dutch) ? dutch.map((t) => translate(String(t))) : translate(String(dutch)));
      },
    });
    writeFileSync(path, doc.toString({ lineWidth: 0 }));
  }
}
