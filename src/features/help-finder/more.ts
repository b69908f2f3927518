// What the help finder's result needs, in the page's language: its code (the cards, the route card, help
// for right now) and the organisations, the routing and the plan's texts. Loaded after the first answer,
// so the page itself stays within its JavaScript budget (src/ui/later.tsx).
import type { Lang } from '../../i18n/index.ts';
import { contentFor } from '../../content/for-lang.ts';
import { later, type Later } from '../../ui/later.tsx';
import type * as Code from './FinderResult.tsx';
import type { HelpFinderContent } from './types.ts';

export type HelpFinderMore = HelpFinderContent & typeof Code;

export function helpFinderMore(lang: Lang): Later<HelpFinderMore> {
  return later(async () => {
    const [code, c] = await Promise.all([
      import('./FinderResult.tsx'),
      contentFor(lang, 'organisations', 'routing', 'planTexts'),
    ]);
    return { ...code, ...c };
  });
}
