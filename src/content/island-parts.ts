// The parts of content/ that interactive pages load in their own language only (src/content/for-lang.ts,
// through the loader module the content plugin generates). Only these become chunks a browser may
// load: the longer pages and the reviews stay at build time.
export const islandParts = [
  'organisations',
  'routing',
  'helpFinder',
  'selfCheck',
  'questions',
  'indicators',
  'plan',
  'planTexts',
  'planOrganisations',
] as const;
export type IslandPart = (typeof islandParts)[number];
