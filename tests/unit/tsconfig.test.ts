// @vitest-environment node
// Each runtime has its own tsconfig (see tsconfig.json): code that needs Node type checks at build time
// and in tests, and fails the type check as browser or service-worker code.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const fixture = join(root, 'tests/unit/fixtures/reads-node-fs.ts');
const tsc = join(root, 'node_modules/.bin/tsc');

/** Type-checks the fixture alone under the options of one runtime's tsconfig; returns tsc's errors. */
function checkAs(runtime: 'app' | 'worker' | 'node' | 'test'): string {
  const dir = join(root, '.tmp', 'tsconfig-test');
  mkdirSync(dir, { recursive: true });
  const config = join(dir, `tsconfig.${runtime}.json`);
  const rel = (p: string) => relative(dir, p);
  writeFileSync(
    config,
    JSON.stringify({
      extends: rel(join(root, `tsconfig.${runtime}.json`)),
      compilerOptions: { tsBuildInfoFile: null, incremental: false },
      files: [rel(fixture)],
      include: [],
    }),
  );
  try {
    execFileSync(tsc, ['--noEmit', '-p', config], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (e) {
    return String((e as { stdout?: string }).stdout ?? e);
  }
}

describe('a tsconfig per runtime', () => {
  it.each(['node', 'test'] as const)(
    'code that imports node:fs type checks as %s code',
    (runtime) => {
      expect(checkAs(runtime)).toBe('');
    },
    60_000,
  );

  it.each(['app', 'worker'] as const)(
    'code that imports node:fs fails the type check as %s code',
    (runtime) => {
      expect(checkAs(runtime)).toMatch(/reads-node-fs\.ts.*'node:fs'/);
    },
    60_000,
  );
});
