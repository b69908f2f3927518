// "Moet je vannacht weg?" (issue 20 point 2; issue 21, phase "Ik moet nu weg"): 112 and Veilig Thuis
// first, with the app's own contact panel (the numbers come from content/organisations/, never restated
// here), then calm advice, a neutral list of what to take (no organisation's, by design) and that a
// place to sleep is looked for with you but cannot be promised. Texts: content/plan/texts.yaml.
// The help finder's and self-check's danger results can show it too: it needs only these props.
import type { PlanTexts } from '../../content/schema.ts';
import type { Organisations } from '../../content/types.ts';
import { leavingTonightHelp } from '../../logic/plan.ts';
import type { T } from '../../i18n/index.ts';
import { UrgentHelp } from '../organisations/UrgentHelp.tsx';
import { PlanLink } from './PlanLink.tsx';
import { Ref, SourceNotes, usedSources } from './Sources.tsx';
import { useLang } from '../../ui/lang.ts';

export { leavingTonightHelp };

export function LeavingTonight({
  texts,
  organisations,
  t,
  level = 2,
  withHelp = true,
  planLink = false,
}: {
  /** content/plan/texts.yaml (the island part `planTexts`). */
  texts: PlanTexts;
  /** All organisations, or at least those of leavingTonightHelp (the plan's island loads only its own). */
  organisations: Partial<Organisations>;
  t: T;
  /** The heading level of the block's title; its parts are one level below. */
  level?: 2 | 3;
  /** Whether to show 112 and Veilig Thuis; a result that already shows them as help for now says false. */
  withHelp?: boolean;
  /** A link to the plan's phase "Ik moet nu weg" (on a result; not on the plan page itself). */
  planLink?: boolean;
}) {
  const lang = useLang();
  const block = texts.leavingTonight;
  const H = `h${level}` as const;
  const Sub = level === 2 ? 'h3' : 'h4';
  const facts = [...block.facts, ...block.sleep];
  const keys = usedSources(facts);
  const n = (source: string) => keys.indexOf(source) + 1;
  return (
    <section class="leaving-tonight" aria-labelledby="leaving-tonight-title" data-leaving-tonight>
      <H id="leaving-tonight-title">{block.title[lang]}</H>
      {withHelp && (
        <UrgentHelp
          ids={leavingTonightHelp.filter((id) => organisations[id])}
          // Only the ids just filtered are read.
          organisations={organisations as Organisations}
          t={t}
          title={block.urgentTitle[lang]}
          intro={block.urgentIntro[lang]}
          level={3}
        />
      )}
      <ul class="plan-facts">
        {block.facts.map((f) => (
          <li key={f.text[lang]}>
            {f.text[lang]}
            <Ref n={n(f.source)} t={t} />
          </li>
        ))}
        {block.advice[lang].map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <Sub>{block.takeTitle[lang]}</Sub>
      <ul class="plan-items">
        {block.take[lang].map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <ul class="plan-facts">
        {block.sleep.map((f) => (
          <li key={f.text[lang]}>
            {f.text[lang]}
            <Ref n={n(f.source)} t={t} />
          </li>
        ))}
      </ul>
      {planLink && (
        <p>
          <PlanLink t={t} phase="leaveNow">
            {t('plan.fromDanger')}
          </PlanLink>
        </p>
      )}
      <SourceNotes keys={keys} sources={texts.sources} t={t} />
    </section>
  );
}
