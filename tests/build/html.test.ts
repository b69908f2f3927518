// The Nu Html Checker (the vnu-jar package, run with this machine's Java) over every HTML file in dist/:
// no errors. It checks itself first on a broken page, so a checker that finds nothing cannot pass.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';

const jar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');
const dist = join(import.meta.dirname, '../../dist');
const broken = mkdtempSync(join(tmpdir(), 'hulpwijzer-vnu-'));
afterAll(() => rmSync(broken, { recursive: true, force: true }));

/** The checker's errors for every HTML file under a folder, as "file:line: message". */
function errors(folder: string): string[] {
  const run = spawnSync(
    'java',
    ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'json', '--exit-zero-always', folder],
    {
      encoding: 'utf8',
    },
  );
  if (run.error || run.status !== 0) {
    throw new Error(
      `The Nu Html Checker did not run (it needs Java: apt-get install default-jre-headless): ${run.error?.message ?? run.stderr}`,
    );
  }
  const report = JSON.parse(run.stderr) as {
    messages: Array<{ type: string; url?: string; lastLine?: number; message: string }>;
  };
  return report.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => `${(m.url ?? '').replace(/^file:/, '').replace(folder, '')}:${m.lastLine ?? ''}: ${m.message}`);
}

describe('the Nu Html Checker', () => {
  it('finds the errors in a broken page (so it really runs)', () => {
    writeFileSync(
      join(broken, 'a.html'),
      '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>x</title></head><body><main><main>x</main></main></body></html>',
    );
    expect(errors(broken).join('\n')).toMatch(/main/);
  }, 60_000); // Java starts slowly

  it('reports no error on any page in dist/', () => {
    expect(errors(dist)).toEqual([]);
  }, 120_000);
});
