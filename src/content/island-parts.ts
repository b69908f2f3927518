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

/**
 * What each island (src/islands.ts, by its data-island name: its folder in src/features/) loads with its
 * code, before the visitor does anything: these parts in the page's language. Whatever a later step needs
 * (a result's organisations, say) loads when the visitor starts (src/ui/later.tsx).
 * scripts/size.mjs counts these for each page's JavaScript budget.
 */
export const islandContentOnLoad = {
  'help-finder': ['helpFinder'],
  'self-check': ['selfCheck', 'questions'],
  consultation: [],
  plan: ['planTexts'],
} as const satisfies Record<string, readonly IslandPart[]>;
export type IslandName = keyof typeof islandContentOnLoad;
