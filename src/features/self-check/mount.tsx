// Loaded only on the self-check page: replaces the prerendered fallback with the questionnaire.
import { render } from 'preact';
import { createT, loadDictionary, type Lang } from '../../i18n/index.ts';
import { contentFor } from '../../content/for-lang.ts';
import { SelfCheck } from './SelfCheck.tsx';
import { OpenSavedPanel, SavePanel } from './SavePanels.tsx';

export async function mount(el: HTMLElement, lang: Lang): Promise<void> {
  const [dictionary, c] = await Promise.all([
    loadDictionary(lang),
    contentFor(lang, 'selfCheck', 'questions', 'indicators', 'organisations', 'routing', 'helpFinder'),
  ]);
  const t = createT(lang, dictionary);
  el.textContent = '';
  render(
    <SelfCheck
      lang={lang}
      t={t}
      texts={c.selfCheck}
      questions={c.questions}
      indicators={c.indicators}
      organisations={c.organisations}
      routing={c.routing}
      finderTexts={c.helpFinder}
      renderSave={(value) => <SavePanel t={t} value={value} />}
      renderOpen={(open) => <OpenSavedPanel t={t} questions={c.questions} onOpen={open} />}
    />,
    el,
  );
}
