// Loaded only on the "Samen kijken" page.
import { render } from 'preact';
import { createT, loadDictionary, type Lang } from '../../i18n/index.ts';
import { contentFor } from '../../content/for-lang.ts';
import { Consultation } from './Consultation.tsx';

export async function mount(el: HTMLElement, lang: Lang): Promise<void> {
  const [dictionary, c] = await Promise.all([
    loadDictionary(lang),
    contentFor(lang, 'indicators', 'organisations', 'routing', 'helpFinder'),
  ]);
  el.textContent = '';
  render(
    <Consultation
      lang={lang}
      t={createT(lang, dictionary)}
      indicators={c.indicators}
      organisations={c.organisations}
      routing={c.routing}
      finderTexts={c.helpFinder}
    />,
    el,
  );
}
