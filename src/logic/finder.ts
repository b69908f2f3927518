// The help finder's questions as data and pure functions: which screens to show for the answers so
// far, and which routing Situation the answers describe. recommend() then does the rest.
import { emptySituation, recommend, type Recommendation, type Role, type Situation } from './recommend.ts';

/** Ja / Nee / Weet ik niet / Liever niet zeggen. Only "yes" counts as yes (ROUTING.md). */
export type Answer = 'yes' | 'no' | 'unknown' | 'private';
export const answers: readonly Answer[] = ['yes', 'no', 'unknown', 'private'];

/** The situations on the checklist screen, in the order shown: the least heavy first. */
export const situationItems = [
  'youngPerson',
  'exploitation',
  'abroad',
  'onlineImages',
  'minorInvolved',
  'sexualViolence',
  'suicidalThoughts',
] as const;
export type SituationItem = (typeof situationItems)[number];

export interface FinderAnswers {
  role?: Role;
  acuteDanger?: Answer;
  items: Partial<Record<SituationItem, Answer>>;
  wantsToReport?: Answer;
  anonymous?: Answer;
  /** Items filled in from the self-check, shown as such so the visitor can correct them. */
  prefilled?: SituationItem[];
}

export type Screen = 'role' | 'danger' | 'situations' | 'report' | 'anonymous' | 'result';

const maybe = (a?: Answer) => a === 'yes' || a === 'unknown';

/** A professional is not asked whether they themself are under 18. */
export function itemsFor(role: Role): SituationItem[] {
  return situationItems.filter((item) => !(role === 'professional' && item === 'youngPerson'));
}

/** Reporting is asked only when something may be a crime. */
function reportRelevant(a: FinderAnswers): boolean {
  return (
    maybe(a.acuteDanger) ||
    (['minorInvolved', 'sexualViolence', 'onlineImages', 'abroad', 'exploitation'] as const).some((item) => maybe(a.items[item]))
  );
}

/** The screens for these answers: at most six, the result included. */
export function screensFor(a: FinderAnswers): Screen[] {
  const screens: Screen[] = ['role', 'danger', 'situations'];
  if (reportRelevant(a)) {
    screens.push('report');
    if (maybe(a.wantsToReport)) screens.push('anonymous');
  }
  screens.push('result');
  return screens;
}

/**
 * The routing situation these answers describe. "Weet ik niet" and "liever niet zeggen" count as no;
 * with `unknownAsYes`, "weet ik niet" counts as yes (for "als het zo blijkt"). Answers on screens that
 * no longer apply (after a change) are ignored.
 */
export function situationFrom(a: FinderAnswers, { unknownAsYes = false } = {}): Situation {
  const on = (x?: Answer) => x === 'yes' || (unknownAsYes && x === 'unknown');
  const role = a.role ?? 'self';
  const s = emptySituation(role);
  s.acuteDanger = on(a.acuteDanger);
  for (const item of itemsFor(role)) s[item] = on(a.items[item]);
  // screensFor already asks about reporting when an answer is "weet ik niet", so the screens are the
  // same whether or not "weet ik niet" is read as yes.
  const screens = screensFor(a);
  s.wantsToReport = screens.includes('report') && on(a.wantsToReport);
  s.anonymous = screens.includes('anonymous') && on(a.anonymous);
  return s;
}

/** Whether any shown question was answered "weet ik niet". */
export function hasUnknown(a: FinderAnswers): boolean {
  const screens = screensFor(a);
  return (
    a.acuteDanger === 'unknown' ||
    itemsFor(a.role ?? 'self').some((item) => a.items[item] === 'unknown') ||
    (screens.includes('report') && a.wantsToReport === 'unknown') ||
    (screens.includes('anonymous') && a.anonymous === 'unknown')
  );
}

export interface FinderResult {
  recommendations: Recommendation[];
  /** What would also fit if the "weet ik niet" answers turn out to be yes. */
  ifSo: Recommendation[];
}

export function finderResult(a: FinderAnswers): FinderResult {
  const recommendations = recommend(situationFrom(a));
  if (!hasUnknown(a)) return { recommendations, ifSo: [] };
  const ifSo = recommend(situationFrom(a, { unknownAsYes: true })).filter(
    (r) => !recommendations.some((c) => c.organisation === r.organisation),
  );
  return { recommendations, ifSo };
}
