// The help finder's questions (src/logic/finder.ts), as tables: which items and screens each set of
// answers brings, what the answers mean for routing, and what "als het zo blijkt" adds.
import { describe, expect, it } from 'vitest';
import {
  answers,
  finderResult,
  hasUnknown,
  itemsFor,
  recommend,
  roles,
  screensFor,
  situationFrom,
  situationItems,
  type Answer,
  type FinderAnswers,
  type Role,
  type Screen,
  type SituationItem,
} from '../../src/logic/index.ts';
import { mayBeCrime } from '../../src/logic/finder.ts';
const given = (a: Partial<FinderAnswers> = {}): FinderAnswers => ({ items: {}, ...a });
const ids = (list: ReturnType<typeof recommend>) => list.map((r) => r.organisation);

/** What each answer means for routing: as given, and "als het zo blijkt" (unknown read as yes). */
const meaning: Record<Answer, { counts: boolean; ifSo: boolean }> = {
  yes: { counts: true, ifSo: true },
  no: { counts: false, ifSo: false },
  unknown: { counts: false, ifSo: true },
  private: { counts: false, ifSo: false },
};

describe('the answers offered on every question', () => {
  it('are the four answers with a meaning, each once', () => {
    expect([...answers].sort()).toEqual(Object.keys(meaning).sort());
  });

  it.each(answers)('"%s" counts as yes only where its meaning says so', (answer) => {
    for (const unknownAsYes of [false, true]) {
      const s = situationFrom(given({ role: 'self', acuteDanger: answer, items: { abroad: answer } }), {
        unknownAsYes,
      });
      const expected = unknownAsYes ? meaning[answer].ifSo : meaning[answer].counts;
      expect({ acuteDanger: s.acuteDanger, abroad: s.abroad }).toEqual({ acuteDanger: expected, abroad: expected });
    }
  });
});

describe('itemsFor(): the checklist for each role', () => {
  it.each<[Role, SituationItem[]]>([
    ['self', [...situationItems]],
    ['relative', [...situationItems]],
    ['professional', situationItems.filter((i) => i !== 'youngPerson')],
  ])('%s: every situation in the order shown, a professional not asked whether they are under 18', (role, expected) => {
    expect(itemsFor(role)).toEqual(expected);
  });
});

describe('screensFor(): reporting is asked only when something may be a crime', () => {
  const base: Screen[] = ['role', 'danger', 'situations'];

  it.each<[string, Partial<FinderAnswers>, Screen[]]>([
    ['nothing answered', {}, [...base, 'result']],
    ['no danger, nothing on the checklist', { acuteDanger: 'no' }, [...base, 'result']],
    ['danger now', { acuteDanger: 'yes' }, [...base, 'report', 'result']],
    ['danger now not known', { acuteDanger: 'unknown' }, [...base, 'report', 'result']],
    ['danger now kept private', { acuteDanger: 'private' }, [...base, 'result']],
    ['thoughts of suicide alone', { items: { suicidalThoughts: 'yes' } }, [...base, 'result']],
    ['the visitor is young, nothing else', { items: { youngPerson: 'yes' } }, [...base, 'result']],
    [
      'danger, wants to report',
      { acuteDanger: 'yes', wantsToReport: 'yes' },
      [...base, 'report', 'anonymous', 'result'],
    ],
    [
      'danger, does not know about reporting',
      { acuteDanger: 'yes', wantsToReport: 'unknown' },
      [...base, 'report', 'anonymous', 'result'],
    ],
    ['danger, does not want to report', { acuteDanger: 'yes', wantsToReport: 'no' }, [...base, 'report', 'result']],
    ['wants to report without a possible crime', { acuteDanger: 'no', wantsToReport: 'yes' }, [...base, 'result']],
  ])('%s', (_name, a, expected) => expect(screensFor(given(a))).toEqual(expected));

  // Which items may mean a crime is decided once, in src/logic/finder.ts (mayBeCrime); these check that
  // the screens follow that table, for items on both sides of it.
  it('the table has exactly the items of the checklist, some that may be a crime and some not', () => {
    expect(Object.keys(mayBeCrime).sort()).toEqual([...situationItems].sort());
    expect(new Set(Object.values(mayBeCrime))).toEqual(new Set([true, false]));
  });

  it.each(situationItems)(
    '%s: yes or not known brings reporting when it may be a crime; no or private never',
    (item) => {
      for (const answer of answers) {
        const report = screensFor(given({ items: { [item]: answer } })).includes('report');
        const expected = mayBeCrime[item] && (answer === 'yes' || answer === 'unknown');
        expect({ answer, report }).toEqual({ answer, report: expected });
      }
    },
  );
});

describe('situationFrom(): the routing situation the answers describe', () => {
  it('without a role the visitor asks for themself, with nothing known', () => {
    expect(situationFrom(given())).toEqual(situationFrom(given({ role: 'self' })));
    expect(situationFrom(given()).role).toBe('self');
  });

  it.each(roles)('keeps the role %s', (role) => expect(situationFrom(given({ role })).role).toBe(role));

  it('ignores whether a professional is under 18 (not asked)', () => {
    expect(situationFrom(given({ role: 'professional', items: { youngPerson: 'yes' } })).youngPerson).toBe(false);
    expect(situationFrom(given({ role: 'relative', items: { youngPerson: 'yes' } })).youngPerson).toBe(true);
  });

  it.each<[string, Partial<FinderAnswers>, { wantsToReport: boolean; anonymous: boolean }]>([
    [
      'reporting asked and wanted, with a name',
      { acuteDanger: 'yes', wantsToReport: 'yes', anonymous: 'no' },
      { wantsToReport: true, anonymous: false },
    ],
    [
      'reporting asked and wanted, anonymously',
      { acuteDanger: 'yes', wantsToReport: 'yes', anonymous: 'yes' },
      { wantsToReport: true, anonymous: true },
    ],
    [
      'reporting not wanted: an anonymity answer from before is ignored',
      { acuteDanger: 'yes', wantsToReport: 'no', anonymous: 'yes' },
      { wantsToReport: false, anonymous: false },
    ],
    [
      'no possible crime any more: answers about reporting are ignored',
      { acuteDanger: 'no', wantsToReport: 'yes', anonymous: 'yes' },
      { wantsToReport: false, anonymous: false },
    ],
  ])('%s', (_name, a, expected) => {
    expect(situationFrom(given({ role: 'self', ...a }))).toMatchObject(expected);
  });

  it.each<[string, Partial<FinderAnswers>, { wantsToReport: boolean; anonymous: boolean }]>([
    [
      'danger and reporting not known: both count if it turns out so',
      { acuteDanger: 'unknown', wantsToReport: 'unknown', anonymous: 'unknown' },
      { wantsToReport: true, anonymous: true },
    ],
    [
      'an item not known brings reporting too',
      { items: { abroad: 'unknown' }, wantsToReport: 'unknown', anonymous: 'yes' },
      { wantsToReport: true, anonymous: true },
    ],
    [
      'a clear no stays no: reporting still does not apply',
      { acuteDanger: 'no', items: { abroad: 'no' }, wantsToReport: 'yes', anonymous: 'yes' },
      { wantsToReport: false, anonymous: false },
    ],
    [
      'private stays private: reporting still does not apply',
      { acuteDanger: 'private', items: { abroad: 'private' }, wantsToReport: 'yes' },
      { wantsToReport: false, anonymous: false },
    ],
  ])('"als het zo blijkt": %s', (_name, a, expected) => {
    const plain = situationFrom(given({ role: 'self', ...a }));
    const ifSo = situationFrom(given({ role: 'self', ...a }), { unknownAsYes: true });
    expect(ifSo).toMatchObject(expected);
    expect(plain).toMatchObject({ wantsToReport: false });
  });
});

describe('hasUnknown(): whether any question shown was answered "weet ik niet"', () => {
  it.each<[string, Partial<FinderAnswers>, boolean]>([
    ['nothing answered', {}, false],
    [
      'every shown question answered, none unknown',
      { role: 'self', acuteDanger: 'yes', items: { abroad: 'no' }, wantsToReport: 'yes', anonymous: 'no' },
      false,
    ],
    ['danger not known', { acuteDanger: 'unknown' }, true],
    ['one checklist item not known', { role: 'relative', items: { exploitation: 'unknown' } }, true],
    ['a young visitor not sure of their age', { role: 'self', items: { youngPerson: 'unknown' } }, true],
    [
      'a professional: the age question is not asked',
      { role: 'professional', items: { youngPerson: 'unknown' } },
      false,
    ],
    ['reporting not known, and asked', { acuteDanger: 'yes', wantsToReport: 'unknown' }, true],
    ['reporting not known, but no longer asked', { acuteDanger: 'no', wantsToReport: 'unknown' }, false],
    ['anonymity not known, and asked', { acuteDanger: 'yes', wantsToReport: 'yes', anonymous: 'unknown' }, true],
    [
      'anonymity not known, but no longer asked',
      { acuteDanger: 'yes', wantsToReport: 'no', anonymous: 'unknown' },
      false,
    ],
  ])('%s', (_name, a, expected) => expect(hasUnknown(given(a))).toBe(expected));
});

describe('finderResult(): the recommendations, and what "als het zo blijkt" adds', () => {
  it.each<[string, Partial<FinderAnswers>]>([
    ['nothing known', { role: 'self' }],
    ['danger now', { role: 'relative', acuteDanger: 'yes' }],
    ['a professional worried about a child', { role: 'professional', items: { minorInvolved: 'yes' } }],
  ])('without "weet ik niet": the recommendations for the answers and nothing more (%s)', (_name, a) => {
    const answersGiven = given(a);
    expect(finderResult(answersGiven)).toEqual({ recommendations: recommend(situationFrom(answersGiven)), ifSo: [] });
  });

  it.each<[string, Partial<FinderAnswers>, Partial<FinderAnswers>]>([
    ['danger not known', { role: 'self', acuteDanger: 'unknown' }, { role: 'self', acuteDanger: 'yes' }],
    [
      'sexual violence not known, next to a child',
      { role: 'relative', items: { minorInvolved: 'yes', sexualViolence: 'unknown' } },
      { role: 'relative', items: { minorInvolved: 'yes', sexualViolence: 'yes' } },
    ],
    [
      'reporting not known',
      { role: 'self', items: { abroad: 'yes' }, wantsToReport: 'unknown', anonymous: 'no' },
      { role: 'self', items: { abroad: 'yes' }, wantsToReport: 'yes', anonymous: 'no' },
    ],
  ])('with "weet ik niet" (%s): "als het zo blijkt" names only what the yes-answers add', (_name, a, ifYes) => {
    const { recommendations, ifSo } = finderResult(given(a));
    const now = ids(recommend(situationFrom(given(a))));
    const then = recommend(situationFrom(given(ifYes)));
    expect(ids(recommendations)).toEqual(now);
    expect(ifSo).toEqual(then.filter((r) => !now.includes(r.organisation)));
    expect(ifSo.length).toBeGreaterThan(0);
  });
});
