// "Mijn plan" (issue 21): the first lines say what it is and is not, on every path and without
// JavaScript; the island renders over the plain list of steps per phase.
import { Layout, type PageProps } from '../ui/Layout.tsx';
import { Island } from '../ui/Island.tsx';
import type { PlanPhase } from '../logic/plan.ts';
import { paths, planPath } from '../routes.ts';
import { StaticPlan } from '../features/plan/StaticPlan.tsx';
import { plan } from 'virtual:content/plan';
import { planTexts } from 'virtual:content/planTexts';
import { organisations } from 'virtual:content/organisations';

export function PlanPage(props: PageProps & { entry?: PlanPhase }) {
  const { t, lang, entry } = props;
  return (
    <Layout {...props} back={paths.home}>
      <h1>{t('plan.nav')}</h1>
      <p class="lead">{planTexts.intro[lang]}</p>
      <ul class="plan-points">
        {planTexts.start.points[lang].map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <Island name="plan" t={t} noScript={planTexts.noScript[lang]} data={{ 'data-plan-path': planPath(entry) }}>
        <StaticPlan steps={plan} texts={planTexts} organisations={organisations} t={t} first={entry} />
      </Island>
    </Layout>
  );
}
