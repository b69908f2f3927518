// The self-check's flow, as tables: where each button leads.
import { describe, expect, it } from 'vitest';
import * as flow from '../../src/logic/check-flow.ts';

const at = (stage: flow.Stage, answers: flow.CheckAnswers = {}): flow.CheckState => ({ route: 'self', answers, stage });
const q = (index: number): flow.Stage => ({ name: 'question', index });

describe('self-check flow', () => {
  it('"Begin" needs a route', () => {
    expect(flow.begin(flow.startCheck())).toEqual({ error: 'chooseRoute' });
    expect(flow.begin(at({ name: 'start' }))).toEqual({ state: at(q(0)) });
  });

  it('choosing the other route forgets the answers; the same route keeps them', () => {
    const s = at({ name: 'start' }, { a: 'yes' });
    expect(flow.chooseRoute(s, 'self').answers).toEqual({ a: 'yes' });
    expect(flow.chooseRoute(s, 'relative').answers).toEqual({});
  });

  it.each<[string, flow.Stage, flow.Stage]>([
    ['question 1 → 2', q(0), q(1)],
    ['the last question → the result', q(2), { name: 'result' }],
  ])('"Volgende": %s', (_name, from, to) => expect(flow.nextQuestion(at(from), 3).stage).toEqual(to));

  it.each<[string, flow.Stage]>([
    ['the start', { name: 'start' }],
    ['the result', { name: 'result' }],
    ['the help finder', { name: 'finder' }],
  ])('"Volgende" outside the questions changes nothing: %s', (_name, stage) => {
    const s = at(stage, { a: 'yes' });
    expect(flow.nextQuestion(s, 3)).toBe(s);
  });

  it('"Sla over" removes an answer given and goes on', () => {
    const s = flow.skipQuestion(at(q(1), { a: 'yes', b: 'no' }), 'b', 3);
    expect(s).toEqual(at(q(2), { a: 'yes', b: undefined }));
  });

  it.each<[string, flow.Stage, flow.Stage | undefined]>([
    ['the start: nothing before it (leave the self-check)', { name: 'start' }, undefined],
    ['question 1 → the start', q(0), { name: 'start' }],
    ['question 11 → question 10', q(10), q(9)],
    ['the result → the last question', { name: 'result' }, q(11)],
    ['the help finder → the result', { name: 'finder' }, { name: 'result' }],
  ])('back from %s, keeping every answer', (_name, from, to) => {
    const s = at(from, { a: 'yes', b: 'sometimes' });
    const back = flow.backStage(s, 12);
    expect(back?.stage).toEqual(to);
    if (back) expect(back.answers).toEqual(s.answers);
  });

  it('back from a result without questions: the start', () => {
    expect(flow.backStage(at({ name: 'result' }), 0)?.stage).toEqual({ name: 'start' });
    expect(flow.backStage(at({ name: 'result' }), 1)?.stage).toEqual(q(0));
  });

  it.each<[string, flow.CheckState, boolean]>([
    ['the start, nothing answered', flow.startCheck(), false],
    ['the start with a route chosen', at({ name: 'start' }), false],
    ['at a question', at(q(0)), true],
    ['answers opened from the store', at({ name: 'start' }, { a: 'no' }), true],
    ['back at the start after skipping every question', at({ name: 'start' }, { a: undefined, b: undefined }), false],
    ['the result', at({ name: 'result' }), true],
  ])('anything to lose? %s', (_name, s, expected) => expect(flow.checkHasWork(s)).toBe(expected));
});
