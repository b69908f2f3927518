// createT (src/i18n/index.ts): a key's text in one language, its {{name}} values filled in, and the
// plural form the language's own rules pick. Made-up texts: the dictionaries have their own tests.
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createT, type Key } from '../../src/i18n/index.ts';
import { languages, pluralForms } from '../../src/i18n/languages.ts';
import type { Dictionary } from '../../src/i18n/nl.ts';

// A dictionary with a text for every plural form, each saying which it is.
const made = {
  group: {
    plain: 'plain text',
    fill: 'from {{who}} to {{ whom }}, again {{who}}',
    ...Object.fromEntries(pluralForms.map((form) => [`count_${form}`, `${form}: {{count}}`])),
  },
} as unknown as Dictionary;
const key = (k: string) => k as Key;

describe('createT', () => {
  it('finds a text by its dotted key and fills in every value it names', () => {
    const t = createT(languages[0], made);
    expect(t(key('group.plain'))).toBe('plain text');
    expect(t(key('group.fill'), { who: 'A', whom: 2 })).toBe('from A to 2, again A');
  });

  it('leaves a value it was not given as it is, and shows the key of a text it does not have', () => {
    const t = createT(languages[0], made);
    expect(t(key('group.fill'), { who: 'A' })).toBe('from A to {{ whom }}, again A');
    expect(t(key('group.missing'))).toBe('group.missing');
    expect(t(key('group'))).toBe('group'); // a group is not a text
  });

  it('picks the plural form by the rules of its language, zero first for a count of 0', () => {
    for (const lang of [...languages, 'pl', 'ar'] as const) {
      const t = createT(lang as (typeof languages)[number], made);
      for (const n of [1, 2, 3, 5, 11, 22, 101, 1.5]) {
        expect(t(key('group.count'), { count: n }), `${lang} ${n}`).toBe(
          `${new Intl.PluralRules(lang).select(n)}: ${n}`,
        );
      }
      expect(t(key('group.count'), { count: 0 })).toBe('zero: 0');
    }
  });

  it('without the form it needs, takes the text without a form, or shows the key', () => {
    const few = { group: { count_other: 'other {{count}}', bare: 'bare {{count}}' } } as unknown as Dictionary;
    const t = createT('pl' as (typeof languages)[number], few);
    expect(t(key('group.count'), { count: 3 })).toBe('group.count'); // 'few' missing and no bare text
    expect(t(key('group.bare'), { count: 3 })).toBe('bare 3');
  });
});
