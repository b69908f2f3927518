// Pure logic: routing, the questionnaires' flow and the self-check's result, and every list of values
// the app knows (roles, situations, red flags, domains, organisations). Nothing here touches the DOM,
// Preact or storage.
export { recommend, emptySituation, reasonOrganisation, reasonKeys } from './recommend.ts';
export { roles, situationItems, situationFlags } from './recommend.ts';
export type { Role, Situation, SituationItem, SituationFlag, Recommendation, ReasonKey } from './recommend.ts';
export { organisationIds } from './organisations.ts';
export type { OrganisationId } from './organisations.ts';
export { answers, questionScreens, itemsFor, screensFor, situationFrom, hasUnknown, finderResult } from './finder.ts';
export type { Answer, FinderAnswers, Screen, QuestionScreen, FinderResult } from './finder.ts';
export { domainIds } from './domains.ts';
export type { DomainId } from './domains.ts';
export {
  redFlags,
  urgentHelp,
  urgentHelpForDomain,
  urgentHelpForFlag,
  firstContact,
  relativesContacts,
  resultHelp,
  showsLeavingTonight,
} from './urgent.ts';
export type { RedFlag, ResultHelp } from './urgent.ts';
export { summarise, finderAnswersFrom, selfCheckAnswers, selfCheckRoutes } from './check-result.ts';
export type { SelfCheckAnswer, SelfCheckRoute, SelfCheckSummary, CheckQuestion, Recognised } from './check-result.ts';
export { recordOf } from './lists.ts';
