// The self-check's result as a pure function: which signals were recognised, per domain, with the red
// flags first. On purpose there is no total, no cut-off and no label (SELF-CHECK.md): the result only
// gives back, in plain words, what the visitor said.
import type { FinderAnswers, SituationItem } from './finder.ts';
import type { RedFlag } from './urgent.ts';

/** Ja / Soms / Nee / Weet ik niet; a skipped question has no answer. */
export type SelfCheckAnswer = 'yes' | 'sometimes' | 'no' | 'unknown';
export const selfCheckAnswers: readonly SelfCheckAnswer[] = ['yes', 'sometimes', 'no', 'unknown'];

export type SelfCheckRoute = 'self' | 'relative';

export interface ScoredQuestion {
  id: string;
  domain: string;
  redFlag?: RedFlag;
}

export interface Recognised {
  id: string;
  answer: 'yes' | 'sometimes';
}

export interface SelfCheckSummary {
  /** Red-flag questions answered yes or sometimes, in question order. */
  redFlags: Array<Recognised & { flag: RedFlag }>;
  /** Domains with at least one recognised signal (red flags excluded), in the order given. */
  domains: Array<{ domain: string; recognised: Recognised[] }>;
  /** Questions answered "weet ik niet". */
  unknown: string[];
  /** Questions without an answer. */
  skipped: string[];
}

const recognised = (a: SelfCheckAnswer | undefined): a is 'yes' | 'sometimes' => a === 'yes' || a === 'sometimes';

export function summarise(
  questions: readonly ScoredQuestion[],
  answers: Readonly<Record<string, SelfCheckAnswer | undefined>>,
  domainOrder: readonly string[],
): SelfCheckSummary {
  const redFlags: SelfCheckSummary['redFlags'] = [];
  const byDomain = new Map<string, Recognised[]>();
  const unknown: string[] = [];
  const skipped: string[] = [];
  for (const q of questions) {
    const answer = answers[q.id];
    if (answer === undefined) skipped.push(q.id);
    if (answer === 'unknown') unknown.push(q.id);
    if (!recognised(answer)) continue;
    if (q.redFlag) redFlags.push({ id: q.id, answer, flag: q.redFlag });
    else byDomain.set(q.domain, [...(byDomain.get(q.domain) ?? []), { id: q.id, answer }]);
  }
  const domains = domainOrder.filter((d) => byDomain.has(d)).map((domain) => ({ domain, recognised: byDomain.get(domain)! }));
  return { redFlags, domains, unknown, skipped };
}

/** What a red flag fills in on the help finder's checklist (ROUTING.md): danger now is always asked. */
const flagToItem: Partial<Record<RedFlag, SituationItem>> = {
  sexual: 'sexualViolence',
  suicide: 'suicidalThoughts',
  child: 'minorInvolved',
};

/** The help finder's starting answers after a self-check: the role, and what maps directly. */
export function finderAnswersFrom(route: SelfCheckRoute, summary: SelfCheckSummary): FinderAnswers {
  const items = [...new Set(summary.redFlags.map((r) => flagToItem[r.flag]).filter((i): i is SituationItem => !!i))];
  return { role: route, items: Object.fromEntries(items.map((i) => [i, 'yes'])), prefilled: items };
}
