// What Samen kijken needs after its start screen, in the page's language: the topics, the organisations,
// the help finder's texts and the code that shows them. Loaded when the professional starts, so the page
// itself stays within its JavaScript budget (src/ui/later.tsx).
import type { Lang } from '../../i18n/index.ts';
import { contentFor } from '../../content/for-lang.ts';
import { later, type Later } from '../../ui/later.tsx';
import type * as Code from './steps.ts';
import type { HelpFinderTexts, Routing } from '../../content/schema.ts';
import type { Indicators, Organisations } from '../../content/types.ts';

/** What the topics and the finder show: it loads when the professional starts (below). */
export interface ConsultationContent {
  indicators: Indicators;
  organisations: Organisations;
  routing: Routing;
  finderTexts: HelpFinderTexts;
}

export type ConsultationMore = ConsultationContent & typeof Code;

export function consultationMore(lang: Lang): Later<ConsultationMore> {
  return later(async () => {
    const [code, c] = await Promise.all([
      import('./steps.ts'),
      contentFor(lang, 'indicators', 'organisations', 'routing', 'helpFinder'),
    ]);
    return { ...code, ...c, finderTexts: c.helpFinder };
  });
}
