// Samen kijken's flow, as tables: where each button and arrow key leads.
import { describe, expect, it } from 'vitest';
import * as flow from '../../src/logic/consult-flow.ts';
import { domainIds } from '../../src/logic/domains.ts';

const topic = (index: number): flow.ConsultStage => ({ name: 'indicator', index });
const last = domainIds.length - 1;
const start = flow.startConsult();
const finder: flow.ConsultStage = { name: 'finder' };

describe('Samen kijken flow', () => {
  it('begins on the start screen; "Bekijk de signalen" opens the first topic; "Zoek hulp" the help finder', () => {
    expect(start).toEqual({ name: 'start' });
    expect(flow.firstTopic()).toEqual(topic(0));
    expect(flow.toFinder()).toEqual(finder);
  });

  it.each<[string, flow.ConsultStage, flow.ConsultStage]>([
    ['topic 1 → 2', topic(0), topic(1)],
    ['the one before the last → the last', topic(last - 1), topic(last)],
    ['the last topic → the help finder', topic(last), finder],
    ['the start screen: nothing', start, start],
    ['the help finder: nothing', finder, finder],
  ])('"Volgende": %s', (_name, from, to) => expect(flow.nextTopic(from)).toEqual(to));

  it.each<[string, flow.ConsultStage, flow.ConsultStage]>([
    ['the first topic → the start screen', topic(0), start],
    ['topic 2 → 1', topic(1), topic(0)],
    ['the last → the one before', topic(last), topic(last - 1)],
    ['the start screen: nothing', start, start],
    ['the help finder: nothing', finder, finder],
  ])('"Vorige": %s', (_name, from, to) => expect(flow.previousTopic(from)).toEqual(to));

  it.each<[string, flow.ConsultStage, number, flow.ConsultStage]>([
    ['right: one on', topic(0), 1, topic(1)],
    ['two quick rights: two on', flow.stepTopic(topic(0), 1), 1, topic(2)],
    ['left: one back', topic(2), -1, topic(1)],
    ['left on the first: stays', topic(0), -1, topic(0)],
    ['right on the last: stays (no help finder by key)', topic(last), 1, topic(last)],
    ['many lefts: the first', topic(2), -5, topic(0)],
    ['on the start screen: nothing', start, 1, start],
    ['in the help finder: nothing', finder, -1, finder],
  ])('arrow keys: %s', (_name, from, delta, to) => expect(flow.stepTopic(from, delta)).toEqual(to));

  it('an arrow that cannot move keeps the very same stage: nothing to draw again, focus stays', () => {
    for (const [from, delta] of [
      [topic(0), -1],
      [topic(last), 1],
    ] as const)
      expect(flow.stepTopic(from, delta)).toBe(from);
  });

  it('only the left and right arrows move', () => {
    expect(flow.arrowDelta('ArrowRight')).toBe(1);
    expect(flow.arrowDelta('ArrowLeft')).toBe(-1);
    for (const key of ['ArrowUp', 'ArrowDown', 'Enter', ' ', 'a']) expect(flow.arrowDelta(key)).toBe(0);
  });

  it('each topic is one domain, in the order of the domains, counted among all and the last one marked', () => {
    domainIds.forEach((domain, index) =>
      expect(flow.topicOf(topic(index))).toEqual({
        domain,
        n: index + 1,
        total: domainIds.length,
        last: index === last,
      }),
    );
    expect(flow.topicOf(start)).toBeUndefined();
    expect(flow.topicOf(finder)).toBeUndefined();
  });

  it('every stage has its own focus key, so focus moves to the new heading', () => {
    const keys = [start, finder, ...domainIds.map((_d, i) => topic(i))].map(flow.consultStepKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
