// Loaded only on the help finder page: replaces the prerendered fallback with the interactive finder.
// The questions come with the page; the result loads after the first answer (more.ts).
import type { Lang } from '../../i18n/index.ts';
import { islandContentOnLoad } from '../../content/island-parts.ts';
import { mountIsland } from '../../ui/mount-island.tsx';
import { HelpFinder } from './HelpFinder.tsx';
import { helpFinderMore } from './more.ts';

export function mount(el: HTMLElement, lang: Lang): Promise<void> {
  const more = helpFinderMore(lang);
  return mountIsland(el, lang, islandContentOnLoad['help-finder'], (t, c) => (
    <HelpFinder t={t} texts={c.helpFinder} more={more} />
  ));
}
