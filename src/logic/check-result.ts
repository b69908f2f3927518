// The self-check's result as a pure function: which signals were recognised, per domain, with the red
// flags first. On purpose there is no total, no cut-off and no label (docs/DECISIONS.md, "Answers and
// what counts as recognised"): the result only gives back, in plain words, what the visitor said.
import type { FinderAnswers } from './finder.ts';
import type { Role, SituationItem } from './recommend.ts';
import type { DomainId } from './domains.ts';
import type { RedFlag } from './urgent.ts';

/** Ja / Soms / Nee / Weet ik niet; a skipped question has no answer. */
export const selfCheckAnswers = ['yes', 'sometimes', 'no', 'unknown'] as const;
export type SelfCheckAnswer = (typeof selfCheckAnswers)[number];

/** The self-check's two routes (its own questions each): about yourself, or about someone else. */
export const selfCheckRoutes = ['self', 'relative'] as const satisfies readonly Role[];
export type SelfCheckRoute = (typeof selfCheckRoutes)[number];

/** A self-check question, as far as its result needs it: the domain it is about, and its red flag. */
export interface CheckQuestion {
  id: string;
  domain: DomainId;
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
  domains: Array<{ domain: DomainId; recognised: Recognised[] }>;
  /** Questions answered "weet ik niet". */
  unknown: string[];
  /** Questions without an answer. */
  skipped: string[];
}

const recognised = (a: SelfCheckAnswer | undefined): a is 'yes' | 'sometimes' => a === 'yes' || a === 'sometimes';

export function summarise(
  questions: readonly CheckQuestion[],
  answers: Readonly<Record<string, SelfCheckAnswer | undefined>>,
  domainOrder: readonly DomainId[],
): SelfCheckSummary {
  const redFlags: SelfCheckSummary['redFlags'] = [];
  const byDomain = new Map<DomainId, Recognised[]>();
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
  const domains = domainOrder.flatMap((domain) => {
    const found = byDomain.get(domain);
    return found ? [{ domain, recognised: found }] : [];
  });
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
