// Loaded only on the plan's pages: replaces the prerendered list of steps with the plan.
import type { Lang } from '../../i18n/index.ts';
import { planEntry } from '../../routes.ts';
import { mountIsland } from '../../ui/mount-island.tsx';
import { ErrorBoundary } from '../../ui/Island.tsx';
import { SavePanel } from '../self-check/SavePanel.tsx';
import { OpenSavedPanel } from '../self-check/OpenSavedPanel.tsx';
import { isSavedPlan, type SavedPlan } from '../../logic/plan.ts';
import { Plan } from './Plan.tsx';

export function mount(el: HTMLElement, lang: Lang): Promise<void> {
  // The phase of the neutral path the page was built for (data-plan-path, without base or language).
  const entry = planEntry(el.dataset.planPath ?? '');
  return mountIsland(el, lang, ['plan', 'planTexts', 'planOrganisations'], (t, c) => {
    const ids = c.plan.steps.map((s) => s.id);
    const texts = {
      title: t('plan.save.title'),
      intro: t('plan.save.intro'),
      saved: t('plan.save.saved'),
      delete: t('plan.save.delete'),
    };
    return (
      <Plan
        lang={lang}
        t={t}
        steps={c.plan}
        texts={c.planTexts}
        organisations={c.planOrganisations}
        entry={entry}
        renderSave={(value) => (
          <ErrorBoundary fallback={<p role="alert">{t('selfCheck.save.error')}</p>}>
            <SavePanel t={t} value={value} record="plan" texts={texts} />
          </ErrorBoundary>
        )}
        renderOpen={(open) => (
          <ErrorBoundary fallback={null}>
            <OpenSavedPanel<SavedPlan>
              t={t}
              record="plan"
              isValid={isSavedPlan(ids)}
              onOpen={open}
              texts={{ title: t('plan.open.title'), intro: t('plan.open.intro'), delete: t('plan.save.delete') }}
            />
          </ErrorBoundary>
        )}
      />
    );
  });
}
