// What the self-check needs after its start screen, in the page's language: the code of the later steps
// and the content they show (the domains' titles, the organisations, the help finder's texts). Loaded
// when the visitor starts, so the page itself stays within its JavaScript budget (src/ui/later.tsx).
import type { Lang } from '../../i18n/index.ts';
import { contentFor } from '../../content/for-lang.ts';
import { later, type Later } from '../../ui/later.tsx';
import type * as Code from './steps.ts';
import type { SelfCheckContent } from './types.ts';

export type SelfCheckMore = SelfCheckContent & typeof Code;

export function selfCheckMore(lang: Lang): Later<SelfCheckMore> {
  return later(async () => {
    const [steps, c] = await Promise.all([
      import('./steps.ts'),
      contentFor(lang, 'indicators', 'organisations', 'routing', 'helpFinder', 'planTexts'),
    ]);
    return { ...steps, ...c, finderTexts: c.helpFinder };
  });
}
