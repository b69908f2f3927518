// Pure logic: routing (and, later, self-check scoring). Nothing here touches the DOM, Preact or storage.
export { recommend, emptySituation, reasonOrganisation } from './recommend.ts';
export type { Role, Situation, Recommendation, ReasonKey } from './recommend.ts';
export { organisationIds } from './organisations.ts';
export type { OrganisationId } from './organisations.ts';
