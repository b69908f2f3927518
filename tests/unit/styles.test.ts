// The styles are one file per part they style (src/ui/styles/), joined in one stylesheet by
// src/ui/styles.css; a class no component, script or content uses is dead weight and a false lead.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
const stylesDir = join(root, 'src/ui/styles');
const parts = readdirSync(stylesDir)
  .filter((f) => f.endsWith('.css'))
  .sort();
const read = (file: string) => readFileSync(join(stylesDir, file), 'utf8');
const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

/** Every file under a folder whose name matches. */
function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && pattern.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** The class names a stylesheet's selectors name (not those inside strings, comments or url()). */
function classSelectors(css: string): string[] {
  const selectors = withoutComments(css)
    .replace(/'[^']*'|"[^"]*"/g, '')
    .replace(/\{[^{}]*\}/g, ';'); // declarations out: what is left are selectors and at-rules
  return [...new Set([...selectors.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1] as string))];
}

/**
 * The class names the code and content use: the strings in a `class=`/`className=` attribute or
 * `class:` property, given to `classList`, or a constant whose name ends in CLASS.
 */
function usedClasses(sources: string[]): Set<string> {
  const used = new Set<string>();
  const words = (code: string) => {
    for (const m of code.matchAll(/'([^'\n]*)'|"([^"\n]*)"|`([^`]*)`/g))
      for (const word of (m[1] ?? m[2] ?? m[3] ?? '').split(/\s+/)) if (word) used.add(word);
  };
  for (const code of sources) {
    for (const m of code.matchAll(/\bclass(?:Name)?\s*(?:=|:)\s*('[^']*'|"[^"]*")/g)) words(m[1] as string);
    for (const m of code.matchAll(/\bclass(?:Name)?\s*=\s*\{/g)) {
      let depth = 1;
      let i = (m.index ?? 0) + m[0].length;
      const start = i;
      for (; depth > 0 && i < code.length; i++) depth += code[i] === '{' ? 1 : code[i] === '}' ? -1 : 0;
      words(code.slice(start, i));
    }
    for (const m of code.matchAll(/classList\.\w+\(\s*('[^']*'|"[^"]*")/g)) words(m[1] as string);
    for (const m of code.matchAll(/\b\w*CLASS\w*\s*=\s*('[^']*'|"[^"]*")/g)) words(m[1] as string);
  }
  return used;
}

const sources = [...filesUnder('src', /\.tsx?$/), ...filesUnder('content', /\.(ya?ml|md)$/)].map((f) =>
  readFileSync(f, 'utf8'),
);

describe('the styles (src/ui/styles/)', () => {
  it('are joined by src/ui/styles.css, which imports every part once and holds nothing else', () => {
    const entry = readFileSync(join(root, 'src/ui/styles.css'), 'utf8');
    const imports = [...entry.matchAll(/@import '\.\/styles\/([^']+)';/g)].map((m) => m[1]);
    expect([...imports].sort()).toEqual(parts);
    expect(imports[0], 'the tokens come first: every other part uses them').toBe('tokens.css');
    expect(
      withoutComments(entry)
        .replace(/@import '[^']+';/g, '')
        .trim(),
    ).toBe('');
  });

  it('name no class that no component, script or content uses', () => {
    const used = usedClasses(sources);
    const unused = parts.flatMap((part) =>
      classSelectors(read(part))
        .filter((c) => !used.has(c))
        .map((c) => `${part}: .${c}`),
    );
    expect(unused).toEqual([]);
  });

  it('finds a class in every way the code sets one, and a class nothing sets', () => {
    const code = [
      `<p class="a b">`,
      `<div class={x ? 'c' : "d"}>`,
      `box.className = 'e';`,
      `document.documentElement.classList.toggle('f', on);`,
      `export const G_CLASS = 'g';`,
      `const attrs = { class: 'h' };`,
    ].join('\n');
    const used = usedClasses([code]);
    expect([...'abcdefgh'].filter((c) => !used.has(c))).toEqual([]);
    const css = `/* .comment */ .a:hover, #id > .b[data-x='.y'] { background: url('i.png'); } @media print { .z { color: red; } }`;
    expect(classSelectors(css)).toEqual(['a', 'b', 'z']);
    expect(classSelectors(css).filter((c) => !used.has(c))).toEqual(['z']);
  });
});
