// A component draws its children; a child never imports from the component that draws it. Types both
// sides need (a flow's props) live in a module of their own (src/features/*/types.ts), so no two
// modules of src/ import each other.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const src = join(import.meta.dirname, '../../src');

/** Every module of src/ with the modules of src/ it imports or re-exports from (static, relative). */
function importsOf(): Map<string, Set<string>> {
  const modules = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => join(src, f));
  return new Map(
    modules.map((file) => {
      const text = readFileSync(file, 'utf8');
      const from = [...text.matchAll(/^(?:import|export)\b[^'"]*?\bfrom '(\.[^']+)'/gm)];
      return [file, new Set(from.map((m) => resolve(dirname(file), m[1]!)))];
    }),
  );
}

/** Pairs of modules that import each other. */
function mutualImports(graph: Map<string, Set<string>>): string[] {
  return [...graph].flatMap(([a, deps]) =>
    [...deps].filter((b) => a < b && graph.get(b)?.has(a)).map((b) => `${relative(src, a)} ⇄ ${relative(src, b)}`),
  );
}

describe('imports in src/', () => {
  it('finds two modules that import each other', () => {
    const a = join(src, 'a.tsx');
    const b = join(src, 'b.ts');
    expect(
      mutualImports(
        new Map([
          [a, new Set([b])],
          [b, new Set([a])],
        ]),
      ),
    ).toEqual(['a.tsx ⇄ b.ts']);
  });

  it('has no two modules that import each other (a child imports shared types from types.ts)', () => {
    const graph = importsOf();
    expect(graph.size).toBeGreaterThan(50); // it read the tree
    expect(mutualImports(graph)).toEqual([]);
  });
});
