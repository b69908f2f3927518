// The type check checks each file once: every source file belongs to exactly one of the projects in
// tsconfig.json (a project that imports another's files reads its declarations). Reads the configs only;
// that each runtime's types hold is tests/build/tsconfig.test.ts.
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '../..');
const parse = (file: string) =>
  ts.getParsedCommandLineOfConfigFile(
    join(root, file),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  )!;
const solution = parse('tsconfig.json');
const projects = (solution.projectReferences ?? []).map((r) => relative(root, r.path));

describe('the type check', () => {
  it('has a project per runtime, each file in exactly one of them', () => {
    expect(projects.sort()).toEqual([
      'tsconfig.app.json',
      'tsconfig.node.json',
      'tsconfig.test.json',
      'tsconfig.worker.json',
    ]);
    const owners = new Map<string, string[]>();
    for (const project of projects)
      for (const file of parse(project).fileNames)
        owners.set(relative(root, file), [...(owners.get(relative(root, file)) ?? []), project]);
    const sources = ['src', 'tests', 'scripts'].flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && /\.(tsx?|d\.mts)$/.test(e.name))
        .map((e) => relative(root, join(e.parentPath, e.name))),
    );
    expect(sources.length).toBeGreaterThan(50);
    expect(
      sources
        .filter((file) => owners.get(file)?.length !== 1)
        .map((f) => `${f}: ${owners.get(f)?.join(', ') ?? 'none'}`),
    ).toEqual([]);
  });

  it('keeps state between runs in a git-ignored folder, and Node types out of browser and worker code', () => {
    for (const project of projects) {
      const { options } = parse(project);
      expect(options.composite, project).toBe(true);
      expect(relative(root, options.tsBuildInfoFile ?? ''), project).toMatch(/^\.tmp\//);
      expect(options.types?.includes('node'), project).toBe(/node|test/.test(project));
    }
  });
});
