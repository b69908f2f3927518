// Loaded only on the plan's pages: replaces the prerendered list of steps with the plan.
import type { Lang } from '../../i18n/index.ts';
import { planEntry } from '../../routes.ts';
import { islandContentOnLoad } from '../../content/island-parts.ts';
import { mountIsland } from '../../ui/mount-island.tsx';
import { ErrorBoundary } from '../../ui/Island.tsx';
import { OpenSaved } from '../self-check/OpenSaved.tsx';
import { SaveLater } from '../self-check/SaveLater.tsx';
import { isSavedPlan, type SavedPlan } from '../../logic/plan.ts';
import { Plan } from './Plan.tsx';
import { planMore } from './more.ts';

export function mount(el: HTMLElement, lang: Lang): Promise<void> {
  // The phase of the neutral path the page was built for (data-plan-path, without base or language).
  const entry = planEntry(el.dataset.planPath ?? '');
  const more = planMore(lang);
  return mountIsland(el, lang, islandContentOnLoad.plan, (t, c) => {
    const texts = {
      title: t('plan.save.title'),
      intro: t('plan.save.intro'),
      saved: t('plan.save.saved'),
      delete: t('plan.save.delete'),
    };
    return (
      <Plan
        t={t}
        texts={c.planTexts}
        more={more}
        entry={entry}
        renderSave={(value) => <SaveLater more={more} t={t} value={value} record="plan" texts={texts} />}
        renderOpen={(open) => (
          <ErrorBoundary fallback={null}>
            <OpenSaved<SavedPlan>
              t={t}
              record="plan"
              // Which steps there are comes with `more`: loaded before the saved plan is read back.
              prepare={() => more.get()}
              isValid={(x): x is SavedPlan => isSavedPlan(more.value?.steps.steps.map((s) => s.id) ?? [])(x)}
              onOpen={open}
              texts={{ title: t('plan.open.title'), intro: t('plan.open.intro'), delete: t('plan.save.delete') }}
            />
          </ErrorBoundary>
        )}
      />
    );
  });
}
