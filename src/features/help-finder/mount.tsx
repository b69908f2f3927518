// Loaded only on the help finder page: replaces the prerendered fallback with the interactive finder.
import type { Lang } from '../../i18n/index.ts';
import { mountIsland } from '../../ui/mount-island.tsx';
import { HelpFinder } from './HelpFinder.tsx';

export function mount(el: HTMLElement, lang: Lang): Promise<void> {
  return mountIsland(el, lang, ['helpFinder', 'organisations', 'routing', 'planTexts'], (t, c) => (
    <HelpFinder
      lang={lang}
      t={t}
      texts={c.helpFinder}
      organisations={c.organisations}
      routing={c.routing}
      planTexts={c.planTexts}
    />
  ));
}
