// The help finder's questions as data and pure functions: which screens to show for the answers so
// far, and which routing Situation the answers describe. recommend() then does the rest.
import {
  emptySituation,
  recommend,
  situationItems,
  type Recommendation,
  type Role,
  type Situation,
  type SituationItem,
} from './recommend.ts';

/** Ja / Nee / Weet ik niet / Liever niet zeggen. Only "yes" counts as yes (docs/ROUTING.md). */
export const answers = ['yes', 'no', 'unknown', 'private'] as const;
export type Answer = (typeof answers)[number];

/** Every question screen that can come, in order: the step counter counts these, so its total never changes. */
export const questionScreens = ['role', 'danger', 'situations', 'report', 'anonymous'] as const;
export type QuestionScreen = (typeof questionScreens)[number];
export type Screen = QuestionScreen | 'result';

/**
 * Whether a checklist item answered "ja" (or "weet ik niet") means something may be a crime, so that
 * reporting is asked. One entry per item: a new item needs this decision before the type check passes.
 */
export const mayBeCrime: Record<SituationItem, boolean> = {
  youngPerson: false,
  exploitation: true,
  abroad: true,
  onlineImages: true,
  minorInvolved: true,
  sexualViolence: true,
  suicidalThoughts: false,
};

export interface FinderAnswers {
  role?: Role;
  acuteDanger?: Answer;
  items: Partial<Record<SituationItem, Answer>>;
  wantsToReport?: Answer;
  anonymous?: Answer;
  /** Items filled in from the self-check, shown as such so the visitor can correct them. */
  prefilled?: SituationItem[];
}

const maybe = (a?: Answer) => a === 'yes' || a === 'unknown';

/** A professional is not asked whether they themself are under 18. */
export function itemsFor(role: Role): SituationItem[] {
  return situationItems.filter((item) => !(role === 'professional' && item === 'youngPerson'));
}

/** Reporting is asked only when something may be a crime. */
function reportRelevant(a: FinderAnswers): boolean {
  return maybe(a.acuteDanger) || situationItems.some((item) => mayBeCrime[item] && maybe(a.items[item]));
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
