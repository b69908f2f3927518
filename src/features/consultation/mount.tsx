// Loaded only on the "Samen kijken" page. The start screen comes with the page; the topics and the help
// finder load when the professional starts (more.ts).
import type { Lang } from '../../i18n/index.ts';
import { islandContentOnLoad } from '../../content/island-parts.ts';
import { mountIsland } from '../../ui/mount-island.tsx';
import { Consultation } from './Consultation.tsx';
import { consultationMore } from './more.ts';

export function mount(el: HTMLElement, lang: Lang): Promise<void> {
  const more = consultationMore(lang);
  return mountIsland(el, lang, islandContentOnLoad.consultation, (t) => <Consultation t={t} more={more} />);
}
