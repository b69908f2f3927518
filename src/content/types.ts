// The shape of the checked content, for the loader (build time, load.ts) and for the pages (browser):
// types only, so browser code can name it without importing the loader and its Node modules.
import type * as schema from './schema.ts';

export interface Content {
  site: schema.Site;
  pages: Record<string, schema.Page>;
  organisations: schema.Organisation[];
  routing: schema.Routing;
  indicators: schema.Indicator[];
  questions: schema.Questions;
  helpFinder: schema.HelpFinderTexts;
  selfCheck: schema.SelfCheckTexts;
}
