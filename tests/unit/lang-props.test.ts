// The language comes from context (src/ui/lang.ts): Layout provides it on every page, mountIsland in
// every island, and a component reads it with useLang(). No component hands `lang` to another as a
// prop. The HTML attribute on an element (<div lang={…}>) and data-lang stay: they tell the browser
// and the tests, not a component. Layout is where a page's language enters the context, so it takes it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ts from 'typescript';

const src = join(import.meta.dirname, '../../src');

/** The component that provides the language: it is given it, like LangProvider's `value`. */
const providers = new Set(['Layout']);

/** "file:line <Component lang=…>" for every `lang` prop passed to a component in this TSX text. */
function langProps(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) {
      const tag = node.tagName.getText(source);
      // An intrinsic element (div, a, html) starts with a lowercase letter and has no dot.
      const component = /^[A-Z]/.test(tag) || tag.includes('.');
      const lang = node.attributes.properties.find((a) => ts.isJsxAttribute(a) && a.name.getText(source) === 'lang');
      if (component && lang && !providers.has(tag)) {
        const line = source.getLineAndCharacterOfPosition(lang.getStart(source)).line + 1;
        found.push(`${file}:${line} <${tag} lang=…>`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the language in components', () => {
  it('finds a lang prop on a component, also over several lines, and leaves HTML attributes alone', () => {
    const text = [
      'const a = <Finder t={t} lang={lang} />;',
      'const b = (',
      '  <Plan',
      '    t={t}',
      '    lang={x}',
      '    renderSave={(v) => <Save.Panel lang="y" value={v} />}',
      '  />',
      ');',
      'const c = <div lang={other} data-lang={other}><p lang="y">{t("x")}</p></div>;',
      'const d = <Finder data-lang={lang} t={t} />;',
    ].join('\n');
    expect(langProps('x.tsx', text)).toEqual([
      'x.tsx:1 <Finder lang=…>',
      'x.tsx:5 <Plan lang=…>',
      'x.tsx:6 <Save.Panel lang=…>',
    ]);
  });

  it('is never handed to a component in src/: each reads it with useLang()', () => {
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.tsx'));
    expect(files.length).toBeGreaterThan(30); // it read the tree
    expect(files.flatMap((f) => langProps(f, readFileSync(join(src, f), 'utf8')))).toEqual([]);
  });
});
