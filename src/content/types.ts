// The shape of the checked content, for the loader (build time, load.ts) and for the pages (browser):
// types only, so browser code can name it without importing the loader and its Node modules.
import type * as schema from './schema.ts';
import type { OrganisationId } from '../logic/organisations.ts';
import type { DomainId } from '../logic/domains.ts';

export interface Content {
  site: schema.Site;
  /** Where the content's reviews stand: the oldest (the footer shows it) and the ones due soon. */
  reviews: Reviews;
  /** Every page of pageIds in schema.ts. */
  pages: Record<schema.PageId, schema.Page>;
  /** Every organisation of src/logic/organisations.ts, in that order. */
  organisations: Record<OrganisationId, schema.Organisation>;
  routing: schema.Routing;
  /** Every domain of src/logic/domains.ts, in that order. */
  indicators: Record<DomainId, schema.Indicator>;
  questions: schema.Questions;
  helpFinder: schema.HelpFinderTexts;
  selfCheck: schema.SelfCheckTexts;
  /** Mijn plan: the steps (content/plan/steps.yaml) and the texts around them (content/plan/texts.yaml). */
  plan: schema.PlanSteps;
  planTexts: schema.PlanTexts;
  /** Only the organisations the plan names (its steps and leavingTonightHelp), so its page loads no others. */
  planOrganisations: Partial<Record<OrganisationId, schema.Organisation>>;
}

/** Every organisation by its id (src/logic/organisations.ts), in that order. */
export type Organisations = Content['organisations'];
/** Every indicator by its domain (src/logic/domains.ts), in that order. */
export type Indicators = Content['indicators'];

/** One problem in one content file, in words an editor understands. */
export interface ContentProblem {
  file: string;
  path: string;
  message: string;
}

export interface Reviews {
  /** The date of the oldest review: every file was checked on or after it. */
  oldest: string;
  /** Reviews older than warnAfterMonths: the build warns, naming each file. */
  due: ContentProblem[];
}
