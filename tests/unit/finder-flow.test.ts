// The help finder's flow, as tables: where each button leads for given answers.
import { describe, expect, it } from 'vitest';
import * as flow from '../../src/logic/finder-flow.ts';
import { situationFrom, type FinderAnswers, type Screen } from '../../src/logic/index.ts';

const state = (screen: Screen, answers: Partial<FinderAnswers> = {}, editing = false): flow.FinderState => ({
  answers: { items: {}, ...answers },
  screen,
  editing,
});
const nextScreen = (s: flow.FinderState) => {
  const r = flow.next(s);
  return 'error' in r ? r.error : r.state.screen;
};

describe('finder flow: "Verder"', () => {
  it.each<[string, flow.FinderState, string]>([
    ['no role chosen: an error, no move', state('role'), 'chooseRole'],
    ['role chosen → danger now', state('role', { role: 'self' }), 'danger'],
    ['danger → the checklist', state('danger', { role: 'self', acuteDanger: 'no' }), 'situations'],
    ['nothing that may be a crime → the result', state('situations', { role: 'self', acuteDanger: 'no' }), 'result'],
    ['danger now → reporting is asked', state('situations', { role: 'self', acuteDanger: 'yes' }), 'report'],
    [
      '"weet ik niet" about danger → reporting is asked',
      state('situations', { role: 'relative', acuteDanger: 'unknown' }),
      'report',
    ],
    [
      '"liever niet zeggen" about danger → not asked',
      state('situations', { role: 'relative', acuteDanger: 'private' }),
      'result',
    ],
    [
      'a child not safe → reporting is asked',
      state('situations', { role: 'relative', items: { minorInvolved: 'yes' } }),
      'report',
    ],
    [
      'thoughts of suicide alone are no crime → the result',
      state('situations', { role: 'self', items: { suicidalThoughts: 'yes' } }),
      'result',
    ],
    [
      'wants to report → anonymity',
      state('report', { role: 'self', acuteDanger: 'yes', wantsToReport: 'yes' }),
      'anonymous',
    ],
    [
      'does not want to report → the result',
      state('report', { role: 'self', acuteDanger: 'yes', wantsToReport: 'no' }),
      'result',
    ],
    [
      '"liever niet zeggen" about reporting → the result',
      state('report', { role: 'self', acuteDanger: 'yes', wantsToReport: 'private' }),
      'result',
    ],
    [
      'anonymity → the result',
      state('anonymous', { role: 'self', acuteDanger: 'yes', wantsToReport: 'yes', anonymous: 'no' }),
      'result',
    ],
    ['the result → stays the result', state('result', { role: 'self', acuteDanger: 'no' }), 'result'],
    ['only the role screen needs a role: danger → the checklist', state('danger', { acuteDanger: 'no' }), 'situations'],
  ])('%s', (_name, s, expected) => expect(nextScreen(s)).toBe(expected));

  it('while changing one answer: back to the result when nothing new became relevant', () => {
    const r = flow.next(state('danger', { role: 'self', acuteDanger: 'no' }, true));
    expect(r).toEqual({ state: state('result', { role: 'self', acuteDanger: 'no' }, false) });
  });

  it('while changing one answer: first the question the change made relevant, then the result', () => {
    const changed = state('danger', { role: 'self', acuteDanger: 'yes' }, true);
    const r1 = flow.next(changed);
    expect('state' in r1 && r1.state).toMatchObject({ screen: 'report', editing: true });
    const r2 = flow.next({
      ...(r1 as { state: flow.FinderState }).state,
      answers: { ...changed.answers, wantsToReport: 'no' },
    });
    expect('state' in r2 && r2.state).toMatchObject({ screen: 'result', editing: false });
  });

  it('while changing one answer: anonymity is asked when reporting is newly wanted', () => {
    const r = flow.next(state('report', { role: 'self', acuteDanger: 'yes', wantsToReport: 'yes' }, true));
    expect(r).toEqual({ state: state('anonymous', { role: 'self', acuteDanger: 'yes', wantsToReport: 'yes' }, true) });
  });

  it('while changing one answer: a question answered before is not asked again', () => {
    const r = flow.next(state('danger', { role: 'self', acuteDanger: 'yes', wantsToReport: 'no' }, true));
    expect('state' in r && r.state.screen).toBe('result');
  });
});

describe('finder flow: "Vorige", "Wijzig", "Liever niet zeggen", "Opnieuw beginnen"', () => {
  it.each<[string, flow.FinderState, Screen | undefined]>([
    ['the first screen: nothing before it (leave the finder)', state('role'), undefined],
    ['danger → role', state('danger', { role: 'self' }), 'role'],
    ['the checklist → danger', state('situations', { role: 'self' }), 'danger'],
    ['anonymity → reporting', state('anonymous', { role: 'self', acuteDanger: 'yes', wantsToReport: 'yes' }), 'report'],
    ['the result → the last question asked', state('result', { role: 'self', acuteDanger: 'no' }), 'situations'],
    [
      'the result after reporting → reporting',
      state('result', { role: 'self', acuteDanger: 'yes', wantsToReport: 'no' }),
      'report',
    ],
    ['while changing an answer → straight back to the result', state('role', { role: 'self' }, true), 'result'],
  ])('back from %s', (_name, s, expected) => {
    const back = flow.back(s);
    expect(back?.screen).toBe(expected);
    if (expected === undefined) expect(back).toBeUndefined();
    else expect(back?.editing).toBe(false);
  });

  it('keeps every answer when going back', () => {
    const s = state('report', {
      role: 'relative',
      acuteDanger: 'yes',
      items: { abroad: 'unknown' },
      wantsToReport: 'yes',
    });
    expect(flow.back(s)?.answers).toEqual(s.answers);
  });

  it('"Wijzig" opens that screen in editing mode, answers kept', () => {
    const s = state('result', { role: 'self', acuteDanger: 'no' });
    expect(flow.change(s, 'danger')).toEqual({ ...s, screen: 'danger', editing: true });
  });

  it('"liever niet zeggen" on the checklist: open items count as no, chosen ones stay, and the finder goes on', () => {
    const s = state('situations', { role: 'self', acuteDanger: 'no', items: { abroad: 'yes' } });
    const r = flow.skipSituations(s);
    if ('error' in r) throw new Error(r.error);
    expect(r.state.answers.items).toMatchObject({
      abroad: 'yes',
      suicidalThoughts: 'private',
      sexualViolence: 'private',
    });
    expect(r.state.screen).toBe('report'); // abroad may be a crime
    expect(situationFrom(r.state.answers)).toMatchObject({
      abroad: true,
      suicidalThoughts: false,
      sexualViolence: false,
      minorInvolved: false,
    });
  });

  it('"liever niet zeggen" on the checklist of a professional: the age question stays unasked', () => {
    const r = flow.skipSituations(state('situations', { role: 'professional', acuteDanger: 'no' }));
    if ('error' in r) throw new Error(r.error);
    expect(Object.keys(r.state.answers.items)).not.toContain('youngPerson');
    expect(Object.keys(r.state.answers.items).length).toBeGreaterThan(0);
  });

  it('"liever niet zeggen" counts as no, never as yes, also for "als het zo blijkt"', () => {
    const answers: FinderAnswers = {
      role: 'relative',
      acuteDanger: 'private',
      items: { minorInvolved: 'private', exploitation: 'private' },
    };
    for (const unknownAsYes of [false, true]) {
      expect(situationFrom(answers, { unknownAsYes })).toMatchObject({
        acuteDanger: false,
        minorInvolved: false,
        exploitation: false,
      });
    }
  });

  it('"opnieuw beginnen" forgets every answer', () => {
    expect(flow.restart()).toEqual(state('role'));
  });

  it('starts at danger now when the role is known (from the self-check)', () => {
    expect(flow.startFinder({ role: 'relative', items: { minorInvolved: 'yes' } }).screen).toBe('danger');
    expect(flow.startFinder().screen).toBe('role');
  });
});

describe('finder flow: the step counter', () => {
  it('counts every screen that can come, so its total never changes', () => {
    const totals = new Set(flow.questionScreens.map((s) => flow.stepOf(s)?.total));
    expect([...totals]).toEqual([flow.questionScreens.length]);
    expect(flow.questionScreens.map((s) => flow.stepOf(s)?.n)).toEqual([1, 2, 3, 4, 5]);
    expect(flow.stepOf('result')).toBeUndefined();
  });
});

describe('finder flow: is there anything to lose?', () => {
  it.each<[string, Partial<FinderAnswers>, boolean]>([
    ['nothing answered', {}, false],
    ['a role', { role: 'self' }, true],
    ['one checklist item', { items: { abroad: 'no' } }, true],
    ['danger', { acuteDanger: 'private' }, true],
    ['reporting', { wantsToReport: 'no' }, true],
    ['anonymity', { anonymous: 'unknown' }, true],
  ])('%s', (_name, answers, expected) => expect(flow.finderHasWork(state('role', answers))).toBe(expected));
});
