// The report of the last accessibility run (src/a11y-run.ts): none is no error (a fresh clone builds
// without it), a written one reads back, and a broken one stops the build naming the file and the field.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { A11Y_RUN_FILE, readA11yRun, writeA11yRun } from '../../src/a11y-run.ts';
import type { AccessibilityRun } from '../../src/policy.ts';

const work = mkdtempSync(join(tmpdir(), 'hulpwijzer-a11y-run-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run: AccessibilityRun = {
  date: '2026-12-06',
  tools: [{ name: 'An engine', version: '1.2.3' }],
  pages: ['/', 'a screen'],
  passed: true,
};

function withFile(name: string, text: string): string {
  const root = join(work, name);
  mkdirSync(dirname(join(root, A11Y_RUN_FILE)), { recursive: true });
  writeFileSync(join(root, A11Y_RUN_FILE), text);
  return root;
}

describe('the accessibility run report', () => {
  it('is null when no run wrote one', () => {
    expect(readA11yRun(join(work, 'empty'))).toBeNull();
  });

  it('reads back what the test run wrote', () => {
    const root = join(work, 'written');
    writeA11yRun(root, run);
    expect(readA11yRun(root)).toEqual(run);
  });

  it('stops the build naming the file and the field when it is broken', () => {
    const badDate = withFile('bad-date', JSON.stringify({ ...run, date: '6 december' }));
    expect(() => readA11yRun(badDate)).toThrow(`${A11Y_RUN_FILE}: date:`);
    const failed = withFile('failed', JSON.stringify({ ...run, passed: false }));
    expect(() => readA11yRun(failed)).toThrow(`${A11Y_RUN_FILE}: passed:`);
    const noVersion = withFile('no-version', JSON.stringify({ ...run, tools: [{ name: 'An engine' }] }));
    expect(() => readA11yRun(noVersion)).toThrow(`${A11Y_RUN_FILE}: tools.0.version:`);
    expect(() => readA11yRun(withFile('not-json', '{'))).toThrow(`${A11Y_RUN_FILE}: not valid JSON`);
  });
});
