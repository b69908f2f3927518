// Each runtime has its own tsconfig (see tsconfig.json): code that needs Node type checks at build time
// and in tests, and fails the type check as browser or service-worker code. The compiler runs in this
// process, once per runtime, over the fixture alone (in the build tests: the unit tests start no compiler).
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '../..');
const fixture = join(import.meta.dirname, 'fixtures/reads-node-fs.ts');

/** Type-checks the fixture alone under the options of one runtime's tsconfig; returns the errors. */
function checkAs(runtime: 'app' | 'worker' | 'node' | 'test'): string {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, `tsconfig.${runtime}.json`),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  )!;
  const options = { ...config.options, noEmit: true, composite: false, incremental: false, emitDeclarationOnly: false };
  delete options.tsBuildInfoFile;
  delete options.declarationDir;
  delete options.declaration;
  const program = ts.createProgram({ rootNames: [fixture], options });
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`)
    .join('\n');
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
