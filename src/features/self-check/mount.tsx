// Loaded only on the self-check page: replaces the prerendered fallback with the questionnaire.
import { render } from 'preact';
import { createT, type Lang } from '../../i18n/index.ts';
import { selfCheck } from 'virtual:content/selfCheck';
import { questions } from 'virtual:content/questions';
import { indicators } from 'virtual:content/indicators';
import { organisations } from 'virtual:content/organisations';
import { routing } from 'virtual:content/routing';
import { helpFinder } from 'virtual:content/helpFinder';
import { SelfCheck } from './SelfCheck.tsx';
import { OpenSavedPanel, SavePanel } from './SavePanels.tsx';

export function mount(el: HTMLElement): void {
  const lang = (el.dataset.lang === 'en' ? 'en' : 'nl') satisfies Lang;
  el.textContent = '';
  const t = createT(lang);
  render(
    <SelfCheck
      lang={lang}
      t={t}
      texts={selfCheck}
      questions={questions}
      indicators={indicators}
      organisations={organisations}
      routing={routing}
      finderTexts={helpFinder}
      renderSave={(value) => <SavePanel t={t} value={value} />}
      renderOpen={(open) => <OpenSavedPanel t={t} questions={questions} onOpen={open} />}
    />,
    el,
  );
}
