// "Mijn plan" as tables: which steps a phase shows, in which order, what the ticks do, what the
// counsellor view holds, where each button leads, and what may be saved. Made-up steps, so a rule is
// tested on its own (tests/unit/plan-content.test.ts checks the real content/plan/ against them).
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as plan from '../../src/logic/plan.ts';
import { planEntry, planPath, resolveRoute } from '../../src/routes.ts';

type Step = plan.PlanStepShape;
const step = (id: string, phases: plan.PlanPhase[], topics: plan.PlanPriority[] = [], after?: string): Step => ({
  id,
  phases,
  topics,
  ...(after ? { after } : {}),
});

// Content order: a, b, c, d, e. Phases and topics chosen so each rule changes the outcome.
const steps: Step[] = [
  step('a', ['doubt', 'preparing'], ['safety']),
  step('b', ['doubt'], ['money']),
  step('c', ['doubt', 'justOut'], ['children', 'health']),
  step('d', ['preparing', 'relative'], []),
  step('e', ['doubt'], ['faith'], 'a'),
];
const ids = (list: readonly Step[]) => list.map((s) => s.id);
const at = (over: Partial<plan.PlanState> = {}): plan.PlanState => ({ ...plan.startPlan(), ...over });

describe('which steps a phase shows', () => {
  it.each<[plan.PlanPhase, string[]]>([
    ['doubt', ['a', 'b', 'c', 'e']],
    ['preparing', ['a', 'd']],
    ['justOut', ['c']],
    ['relative', ['d']],
    ['leaveNow', []],
    ['longOut', []],
  ])('%s: only the steps that name it, in content order', (phase, expected) => {
    expect(ids(plan.visibleSteps(steps, phase))).toEqual(expected);
    expect(ids(plan.orderSteps(steps, phase, []))).toEqual(expected);
  });

  it('choosing priorities never hides a step, and never adds one of another phase', () => {
    for (const phase of plan.planPhases) {
      for (const priority of plan.planPriorities) {
        const ordered = ids(plan.orderSteps(steps, phase, [priority]));
        expect([...ordered].sort()).toEqual(ids(plan.visibleSteps(steps, phase)).sort());
      }
    }
  });
});

describe('the order of the steps follows what was chosen', () => {
  it.each<[string, plan.PlanPriority[], string[]]>([
    ['nothing chosen: content order', [], ['a', 'b', 'c', 'e']],
    ['money: b first, the rest in content order', ['money'], ['b', 'a', 'c', 'e']],
    ['health: c (also about children) first', ['health'], ['c', 'a', 'b', 'e']],
    // The earlier priority in planPriorities wins, whatever else was chosen: children before money.
    ['money and children: c, then b', ['money', 'children'], ['c', 'b', 'a', 'e']],
    ['safety and money: a, then b', ['safety', 'money'], ['a', 'b', 'c', 'e']],
    ['a priority no step has: content order', ['workSchool'], ['a', 'b', 'c', 'e']],
    // c is about children and health: its earliest chosen priority (children) counts, not its latest.
    [
      'children, money and health: c (children) before b (money)',
      ['children', 'money', 'health'],
      ['c', 'b', 'a', 'e'],
    ],
  ])('%s', (_name, priorities, expected) => {
    expect(ids(plan.orderSteps(steps, 'doubt', priorities))).toEqual(expected);
  });

  it('a step with "after" never comes before its anchor, even when its topic was chosen', () => {
    // e (faith) would come first; its anchor a is about safety, which was not chosen.
    expect(ids(plan.orderSteps(steps, 'doubt', ['faith']))).toEqual(['a', 'e', 'b', 'c']);
    expect(ids(plan.orderSteps(steps, 'doubt', ['faith', 'money']))).toEqual(['b', 'a', 'e', 'c']);
  });

  it('an anchored step already after its anchor stays where it is', () => {
    expect(ids(plan.orderSteps(steps, 'doubt', ['safety']))).toEqual(['a', 'b', 'c', 'e']);
  });

  it('an anchor the phase does not show leaves the step in place', () => {
    const lone = [step('x', ['doubt'], ['faith'], 'missing'), step('y', ['doubt'])];
    expect(ids(plan.orderSteps(lone, 'doubt', ['faith']))).toEqual(['x', 'y']);
  });
});

describe('priorities and ticks', () => {
  it('priorities stay in the order of the list, whatever order they were ticked in', () => {
    let s = plan.togglePriority(at(), 'money');
    s = plan.togglePriority(s, 'children');
    expect(s.priorities).toEqual(['children', 'money']);
    expect(plan.togglePriority(s, 'money').priorities).toEqual(['children']);
  });

  it.each<[string, plan.PlanTick | undefined, plan.PlanTick, plan.PlanTick | undefined]>([
    ['a first tick', undefined, 'done', 'done'],
    ['another tick replaces it', 'done', 'later', 'later'],
    ['the same tick again takes it off', 'notForMe', 'notForMe', undefined],
  ])('%s', (_name, before, press, after) => {
    const s = plan.tick(at({ ticks: before ? { a: before } : {} }), 'a', press);
    expect(s.ticks.a).toBe(after);
    expect('a' in s.ticks).toBe(after !== undefined);
  });
});

describe('where each button leads', () => {
  it.each<[plan.PlanPhase, plan.PlanStage]>([
    ['doubt', 'priorities'],
    ['preparing', 'priorities'],
    ['leaveNow', 'steps'],
    ['justOut', 'priorities'],
    ['longOut', 'priorities'],
    ['relative', 'priorities'],
  ])('choosing %s leads to %s', (phase, stage) => {
    const s = plan.choosePhase(at({ ticks: { a: 'done' } }), phase);
    expect(s.stage).toBe(stage);
    expect(s.phase).toBe(phase);
    expect(s.ticks).toEqual({ a: 'done' });
  });

  it.each<[string, plan.PlanState, plan.PlanStage | undefined]>([
    ['the start: nothing before it', at(), undefined],
    ['the priorities → the start', at({ stage: 'priorities', phase: 'doubt' }), 'start'],
    ['the steps → the priorities', at({ stage: 'steps', phase: 'doubt' }), 'priorities'],
    [
      'the steps of leaving now → the start (it has no priorities screen)',
      at({ stage: 'steps', phase: 'leaveNow' }),
      'start',
    ],
    ['the counsellor view → the steps', at({ stage: 'counsellor', phase: 'doubt' }), 'steps'],
  ])('back from %s', (_name, from, to) => {
    expect(plan.backPlan(from)?.stage).toBe(to);
  });

  it('the steps and the counsellor view need a phase', () => {
    expect(plan.toSteps(at()).stage).toBe('start');
    expect(plan.toCounsellor(at()).stage).toBe('start');
    expect(plan.toSteps(at({ phase: 'doubt' })).stage).toBe('steps');
    expect(plan.toCounsellor(at({ phase: 'doubt' })).stage).toBe('counsellor');
  });

  it.each<[plan.PlanPhase, boolean]>(plan.planPhases.map((p) => [p, p === 'leaveNow']))(
    'the leaving-tonight block in %s: %s',
    (phase, shown) => expect(plan.phaseShowsLeavingTonight(phase)).toBe(shown),
  );
  it('no leaving-tonight block without a phase', () => expect(plan.phaseShowsLeavingTonight(undefined)).toBe(false));

  it.each<[string, plan.PlanState, boolean]>([
    ['nothing chosen', at(), false],
    ['only a phase (a link may have chosen it)', at({ phase: 'doubt', stage: 'priorities' }), false],
    ['a priority', at({ priorities: ['money'] }), true],
    ['a tick', at({ ticks: { a: 'later' } }), true],
  ])('leaving asks first: %s → %s', (_name, s, work) => expect(plan.planHasWork(s)).toBe(work));
});

describe('the counsellor view', () => {
  it('shows the ordered steps: open first, "later" after them, "done" apart, "niet voor mij" never', () => {
    const s = at({
      stage: 'counsellor',
      phase: 'doubt',
      priorities: ['money'],
      ticks: { a: 'later', c: 'done', e: 'notForMe' },
    });
    const view = plan.counsellorSteps(steps, s);
    expect(ids(view.open)).toEqual(['b', 'a']);
    expect(ids(view.done)).toEqual(['c']);
  });

  it('is empty without a phase', () => {
    expect(plan.counsellorSteps(steps, at({ ticks: { a: 'done' } }))).toEqual({ open: [], done: [] });
  });

  it('follows the order of the chosen priorities', () => {
    const s = at({ phase: 'doubt', priorities: ['health'] });
    expect(ids(plan.counsellorSteps(steps, s).open)).toEqual(['c', 'a', 'b', 'e']);
  });
});

describe('what may be saved', () => {
  const valid = plan.isSavedPlan(ids(steps));
  it('keeps the phase, priorities and ticks, never a stage; nothing without a phase', () => {
    const s = at({ stage: 'counsellor', phase: 'justOut', priorities: ['home'], ticks: { c: 'done', a: undefined } });
    const saved = plan.toSaved(s);
    expect(saved).toEqual({ phase: 'justOut', priorities: ['home'], ticks: { c: 'done' } });
    expect(valid(saved)).toBe(true);
    expect(plan.fromSaved(saved!)).toEqual({
      stage: 'steps',
      phase: 'justOut',
      priorities: ['home'],
      ticks: { c: 'done' },
    });
    expect(plan.toSaved(at({ ticks: { a: 'done' } }))).toBeUndefined();
  });

  it.each<[string, unknown]>([
    ['not an object', 'plan'],
    ['null', null],
    ['an unknown phase', { phase: 'gone', priorities: [], ticks: {} }],
    ['an unknown priority', { phase: 'doubt', priorities: ['fame'], ticks: {} }],
    ['priorities not a list', { phase: 'doubt', priorities: 'money', ticks: {} }],
    ['an unknown step', { phase: 'doubt', priorities: [], ticks: { z: 'done' } }],
    ['an unknown tick', { phase: 'doubt', priorities: [], ticks: { a: 'maybe' } }],
    ['ticks as a list', { phase: 'doubt', priorities: [], ticks: [] }],
    ['ticks missing', { phase: 'doubt', priorities: [] }],
    ['ticks null', { phase: 'doubt', priorities: [], ticks: null }],
    ['ticks as an empty text', { phase: 'doubt', priorities: [], ticks: '' }],
    ['one known and one unknown priority', { phase: 'doubt', priorities: ['money', 'fame'], ticks: {} }],
    ['one known and one unknown tick', { phase: 'doubt', priorities: [], ticks: { a: 'done', b: 'maybe' } }],
  ])('refuses what was read back: %s', (_name, value) => expect(valid(value)).toBe(false));
});

describe('the neutral paths', () => {
  it('one per phase, a number, never the phase in words, and back again', () => {
    for (const phase of plan.planPhases) {
      const path = planPath(phase);
      expect(path).toMatch(/^\/mijn-plan\/\d\/$/);
      expect(planEntry(path)).toBe(phase);
      expect(resolveRoute(`/en${path}`)).toMatchObject({ lang: 'en', page: 'plan', id: phase });
    }
    expect(planPath()).toBe('/mijn-plan/');
    expect(resolveRoute('/mijn-plan/').page).toBe('plan');
    expect(resolveRoute(`/mijn-plan/${plan.planPhases.length + 1}/`).page).toBe('notFound');
  });
});
