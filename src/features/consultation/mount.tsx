// Loaded only on the "Samen kijken" page.
import type { Lang } from '../../i18n/index.ts';
import { mountIsland } from '../../ui/mount-island.tsx';
import { Consultation } from './Consultation.tsx';

export function mount(el: HTMLElement, lang: Lang): Promise<void> {
  return mountIsland(el, lang, ['indicators', 'organisations', 'routing', 'helpFinder'], (t, c) => (
    <Consultation
      lang={lang}
      t={t}
      indicators={c.indicators}
      organisations={c.organisations}
      routing={c.routing}
      finderTexts={c.helpFinder}
    />
  ));
}
