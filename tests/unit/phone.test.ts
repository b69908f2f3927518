import { describe, expect, it } from 'vitest';
import { phoneProblem, telHref } from '../../src/content/phone.ts';

describe('phone numbers in content', () => {
  it.each(['112', '113', '0800-2000', '0800-0113', '0900-8844', '0900-0101', '020-261 52 75', '033-4481186', '+31 247 247 247', '+32 2 123 45 67'])(
    'accepts %s',
    (number) => expect(phoneProblem(number)).toBeNull(),
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
    expect(telHref('020-261 52 75')).toBe('tel:0202615275');
    expect(telHref('+31 247 247 247')).toBe('tel:+31247247247');
  });
});
