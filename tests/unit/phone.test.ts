import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { phoneProblem, telHref } from '../../src/content/phone.ts';
import { loadContent } from '../../src/content/load.ts';

// Every number in content, and a few of other shapes (not copied from content: invented).
const inContent = Object.values(loadContent(join(import.meta.dirname, '../../content')).organisations).flatMap((o) =>
  o.contact.filter((c) => c.type === 'phone').map((c) => c.value),
);

describe('phone numbers in content', () => {
  it.each([...inContent, '020-123 45 67', '0301234567', '+31 20 123 4567', '+32 2 123 45 67'])('accepts %s', (number) =>
    expect(phoneProblem(number)).toBeNull(),
  );

  it.each([
    ['0800-20', 'too short for an 0800 number'],
    ['020-261 52', 'too short for a regular number'],
    ['114', 'not a known short number'],
    ['0800 2000 ext', 'letters'],
    ['+31 0247 247 247', 'a 0 after +31'],
    ['', 'empty'],
  ])('refuses %s (%s)', (number) => expect(phoneProblem(number)).not.toBeNull());

  it('dials the digits only', () => {
    expect(telHref('020-123 45 67')).toBe('tel:0201234567');
    expect(telHref('+31 20 123 4567')).toBe('tel:+31201234567');
  });
});
