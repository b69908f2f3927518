// The shape of the checked content, for the loader (build time, load.ts) and for the pages (browser):
// types only, so browser code can name it without importing the loader and its Node modules.
import type * as schema from './schema.ts';

export interface Content {
  site: schema.Site;
  /** Where the content's reviews stand: the oldest (the footer shows it) and the ones due soon. */
  reviews: Reviews;
  pages: Record<schema.PageId, schema.Page>;
  organisations: schema.Organisation[];
  routing: schema.Routing;
  indicators: schema.Indicator[];
  questions: schema.Questions;
  helpFinder: schema.HelpFinderTexts;
  selfCheck: schema.SelfCheckTexts;
}

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
