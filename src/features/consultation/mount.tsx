// Loaded only on the "Samen kijken" page.
import { render } from 'preact';
import { createT, type Lang } from '../../i18n/index.ts';
import { indicators } from 'virtual:content/indicators';
import { organisations } from 'virtual:content/organisations';
import { routing } from 'virtual:content/routing';
import { helpFinder } from 'virtual:content/helpFinder';
import { Consultation } from './Consultation.tsx';

export function mount(el: HTMLElement): void {
  const lang = (el.dataset.lang === 'en' ? 'en' : 'nl') satisfies Lang;
  el.textContent = '';
  render(
    <Consultation lang={lang} t={createT(lang)} indicators={indicators} organisations={organisations} routing={routing} finderTexts={helpFinder} />,
    el,
  );
}
