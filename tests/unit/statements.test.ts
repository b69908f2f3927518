// The privacy and accessibility statements promise only what a test proves: every test they name
// (src/policy.ts) must exist, under that exact name, in that file. Renaming or removing such a test
// fails here until the statement is changed with it. The status rule of digitoegankelijk.nl is checked too.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  accessibilityChecks,
  accessibilityStatus,
  monthsAfter,
  privacyPromises,
  type Evidence,
} from '../../src/policy.ts';

const root = join(import.meta.dirname, '../..');
const named: Array<[string, Evidence]> = [
  ...Object.entries(privacyPromises).flatMap(([id, list]) => list.map((e): [string, Evidence] => [`privacy ${id}`, e])),
  ...Object.entries(accessibilityChecks).flatMap(([id, check]) =>
    check.evidence.map((e): [string, Evidence] => [`accessibility ${id}`, e]),
  ),
];

/** Whether `file` declares a test or a group of tests with exactly this name. */
function declares(source: string, name: string): boolean {
  const literal = [`'${name.replace(/'/g, "\\'")}'`, `"${name}"`, `\`${name}\``];
  return literal.some((quoted) => {
    for (let at = source.indexOf(quoted); at !== -1; at = source.indexOf(quoted, at + 1)) {
      // The name is the first argument of it(…), test(…), describe(…) or of the function it.each(…) returns.
      const before = source.slice(Math.max(0, at - 600), at).replace(/\s+$/, '');
      const line = before.slice(before.lastIndexOf('\n') + 1);
      if (line.trimStart().startsWith('//')) continue; // a comment that mentions it
      if (/\b(it|test|describe)(\.each\([\s\S]*\))?\($/.test(before)) return true;
    }
    return false;
  });
}

describe('the statements name only tests that exist', () => {
  it.each(named)('%s: %o', (_where, { file, test }) => {
    expect(existsSync(join(root, file)), file).toBe(true);
    expect(declares(readFileSync(join(root, file), 'utf8'), test), `"${test}" in ${file}`).toBe(true);
  });

  it('tells a declared test from a name that is only mentioned', () => {
    expect(declares("it('does a thing', () => {})", 'does a thing')).toBe(true);
    expect(declares("it.each(['a', 'b'])(\n  '%s works',\n  () => {})", '%s works')).toBe(true);
    expect(declares("// it('does a thing')\nconst x = 'does a thing';", 'does a thing')).toBe(false);
  });
});

describe('the accessibility status the evidence supports (digitoegankelijk.nl)', () => {
  const today = '2026-12-06';
  it('is D without an audit, however many tests pass', () => {
    expect(accessibilityStatus({}, today)).toBe('D');
  });
  it('is C with an audit planned within six months, D when it is further away or past', () => {
    expect(accessibilityStatus({ auditPlanned: monthsAfter(today, 5) }, today)).toBe('C');
    expect(accessibilityStatus({ auditPlanned: monthsAfter(today, 7) }, today)).toBe('D');
    expect(accessibilityStatus({ auditPlanned: monthsAfter(today, -1) }, today)).toBe('D');
  });
  it('is A only with an audit under three years old that found nothing, B when it found problems', () => {
    expect(accessibilityStatus({ audit: { date: monthsAfter(today, -35), criteriaNotMet: 0 } }, today)).toBe('A');
    expect(accessibilityStatus({ audit: { date: monthsAfter(today, -35), criteriaNotMet: 2 } }, today)).toBe('B');
    expect(accessibilityStatus({ audit: { date: monthsAfter(today, -36), criteriaNotMet: 0 } }, today)).toBe('D');
  });
});
