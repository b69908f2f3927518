// Loaded only on the help finder page: replaces the prerendered fallback with the interactive finder.
import { render } from 'preact';
import { createT, type Lang } from '../../i18n/index.ts';
import { helpFinder } from 'virtual:content/helpFinder';
import { organisations } from 'virtual:content/organisations';
import { routing } from 'virtual:content/routing';
import { HelpFinder } from './HelpFinder.tsx';

export function mount(el: HTMLElement): void {
  const lang = (el.dataset.lang === 'en' ? 'en' : 'nl') satisfies Lang;
  el.textContent = ''; // the fallback says the finder needs JavaScript; it does not need to stay
  render(
    <HelpFinder lang={lang} t={createT(lang)} texts={helpFinder} organisations={organisations} routing={routing} />,
    el,
  );
}
