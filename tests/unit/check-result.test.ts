// The self-check's result (src/logic/check-result.ts): tables of answers in, recognised signals out.
// No score, no cut-off.
import { describe, expect, it } from 'vitest';
import { questions } from 'virtual:content/questions';
import {
  domainIds,
  finderAnswersFrom,
  redFlags,
  selfCheckAnswers,
  selfCheckRoutes as routes,
  summarise,
  type SelfCheckAnswer,
  type SelfCheckRoute,
} from '../../src/logic/index.ts';

const all = (route: SelfCheckRoute, answer: SelfCheckAnswer | undefined) =>
  Object.fromEntries(questions[route].map((q) => [q.id, answer]));

/** Where an answer ends up in the result: "Ja" and "Soms" are recognised, "Nee" is nowhere. */
const meaning: Record<SelfCheckAnswer, 'recognised' | 'unknown' | 'nowhere'> = {
  yes: 'recognised',
  sometimes: 'recognised',
  no: 'nowhere',
  unknown: 'unknown',
};

describe('the answers offered on every question', () => {
  it('are the four answers with a meaning, each once', () => {
    expect([...selfCheckAnswers].sort()).toEqual(Object.keys(meaning).sort());
  });

  it.each(selfCheckAnswers)('"%s" ends up where its meaning says', (answer) => {
    const q = questions.self.find((x) => !x.redFlag)!;
    const s = summarise([q], { [q.id]: answer }, domainIds);
    const where = s.domains.length > 0 ? 'recognised' : s.unknown.length > 0 ? 'unknown' : 'nowhere';
    expect(where).toBe(meaning[answer]);
    expect(s.skipped).toEqual([]);
  });
});

describe.each(routes)('summarise() on the %s route', (route) => {
  const qs = questions[route];

  it('all "Nee": nothing recognised, no red flags, nothing skipped', () => {
    expect(summarise(qs, all(route, 'no'), domainIds)).toEqual({ redFlags: [], domains: [], unknown: [], skipped: [] });
  });

  it('all "Weet ik niet": nothing recognised, every question counted as unknown', () => {
    const s = summarise(qs, all(route, 'unknown'), domainIds);
    expect(s.redFlags).toEqual([]);
    expect(s.domains).toEqual([]);
    expect(s.unknown).toEqual(qs.map((q) => q.id));
  });

  it('all skipped: every question counted as skipped, nothing recognised', () => {
    const s = summarise(qs, {}, domainIds);
    expect(s.skipped).toHaveLength(qs.length);
    expect(s.domains).toEqual([]);
  });

  it('one red flag among "Nee": only that red flag, first and apart from the domains', () => {
    const flagged = qs.find((q) => q.redFlag === 'suicide')!;
    const s = summarise(qs, { ...all(route, 'no'), [flagged.id]: 'sometimes' }, domainIds);
    expect(s.redFlags).toEqual([{ id: flagged.id, answer: 'sometimes', flag: 'suicide' }]);
    expect(s.domains).toEqual([]);
  });

  it('"Ja" and "Soms" both count as recognised, grouped by domain in domain order', () => {
    const [a, b] = qs.filter((q) => !q.redFlag && q.domain === 'geld-werk-tijd');
    const first = qs.find((q) => !q.redFlag && q.domain === 'leider-en-gezag')!;
    const s = summarise(
      qs,
      { ...all(route, 'no'), [b!.id]: 'sometimes', [a!.id]: 'yes', [first.id]: 'yes' },
      domainIds,
    );
    expect(s.domains).toEqual([
      { domain: 'leider-en-gezag', recognised: [{ id: first.id, answer: 'yes' }] },
      {
        domain: 'geld-werk-tijd',
        recognised: [
          { id: a!.id, answer: 'yes' },
          { id: b!.id, answer: 'sometimes' },
        ],
      },
    ]);
  });

  it('gives no total and no label, whatever the answers', () => {
    const s = summarise(qs, all(route, 'yes'), domainIds);
    expect(Object.keys(s).sort()).toEqual(['domains', 'redFlags', 'skipped', 'unknown']);
    expect(s.redFlags.map((r) => r.flag).sort()).toEqual([...redFlags].sort());
  });
});

describe('finderAnswersFrom()', () => {
  it('fills in sexual violence, suicidal thoughts and a child, never danger now', () => {
    const s = summarise(questions.relative, all('relative', 'yes'), domainIds);
    expect(finderAnswersFrom('relative', s)).toEqual({
      role: 'relative',
      items: { sexualViolence: 'yes', suicidalThoughts: 'yes', minorInvolved: 'yes' },
      prefilled: expect.arrayContaining(['sexualViolence', 'suicidalThoughts', 'minorInvolved']),
    });
  });

  it('fills in nothing but the role without red flags', () => {
    expect(finderAnswersFrom('self', summarise(questions.self, all('self', 'no'), domainIds))).toEqual({
      role: 'self',
      items: {},
      prefilled: [],
    });
  });
});
