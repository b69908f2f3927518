// Pure logic: routing (and, later, self-check scoring). Nothing here touches the DOM, Preact or storage.
export { recommend, emptySituation, reasonOrganisation } from './recommend.ts';
export type { Role, Situation, Recommendation, ReasonKey } from './recommend.ts';
export { organisationIds } from './organisations.ts';
export type { OrganisationId } from './organisations.ts';
export { answers, situationItems, itemsFor, screensFor, situationFrom, hasUnknown, finderResult } from './finder.ts';
export type { Answer, SituationItem, FinderAnswers, Screen, FinderResult } from './finder.ts';
export { domainIds } from './domains.ts';
export type { DomainId } from './domains.ts';
export { urgentHelp, urgentHelpForDomain, urgentHelpForFlag } from './urgent.ts';
export type { RedFlag } from './urgent.ts';
export { summarise, finderAnswersFrom, selfCheckAnswers } from './scoring.ts';
export type { SelfCheckAnswer, SelfCheckRoute, SelfCheckSummary, ScoredQuestion, Recognised } from './scoring.ts';
