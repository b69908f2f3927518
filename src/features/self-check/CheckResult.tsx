// The self-check's result: what the visitor recognised, per domain, without a score; help for now on
// red flags; Onder Controle's card, so the result itself leads to a person; then the help finder as a
// next step, not the only one.
import type { RefObject } from 'preact';
import type { Question } from '../../content/schema.ts';
import { urgentHelp, type SelfCheckRoute, type SelfCheckSummary } from '../../logic/index.ts';
import { indicatorPath, localePath, paths } from '../../routes.ts';
import { RestartButton, StepNav } from '../../ui/step.tsx';
import { UrgentHelp } from '../organisations/UrgentHelp.tsx';
import { OrganisationCard } from '../organisations/OrganisationCard.tsx';
import type { Answers, SelfCheckProps } from './SelfCheck.tsx';

/** The help point made for exactly this: named on every result. */
const HELP_POINT = 'fier-onder-controle';

export function CheckResult(
  props: SelfCheckProps & {
    route: SelfCheckRoute;
    list: Question[];
    answers: Answers;
    summary: SelfCheckSummary;
    heading: RefObject<HTMLHeadingElement | null>;
    onFinder: () => void;
    onRestart: () => void;
  },
) {
  const { lang, t, texts, indicators, organisations, route, list, answers, summary, heading } = props;
  const signal = (id: string) => list.find((q) => q.id === id)?.signal[lang];
  const helpPoint = organisations[HELP_POINT];
  const sometimes = (answer: string) => answer === 'sometimes' && <span class="muted">{t('selfCheck.sometimes')}</span>;
  return (
    <div class="check check--result" data-step>
      <h2 ref={heading} tabIndex={-1}>
        {texts.result.heading[lang]}
      </h2>
      <p>{texts.result.notADiagnosis[lang]}</p>
      {summary.redFlags.length > 0 && (
        <>
          <ul class="signals signals--urgent">
            {summary.redFlags.map((r) => (
              <li key={r.id}>
                {signal(r.id)} {sometimes(r.answer)}
              </li>
            ))}
          </ul>
          <UrgentHelp
            ids={urgentHelp(summary.redFlags.map((r) => r.flag))}
            organisations={organisations}
            lang={lang}
            t={t}
            title={t('selfCheck.urgentTitle')}
            intro={texts.result.redFlags[lang]}
            level={3}
          />
        </>
      )}
      {summary.domains.length === 0 && summary.redFlags.length === 0 && <p>{texts.result.nothing[lang]}</p>}
      {summary.domains.map(({ domain, recognised }) => {
        const indicator = indicators[domain];
        return (
          <section key={domain} aria-labelledby={`domain-${domain}`}>
            <h3 id={`domain-${domain}`}>{indicator.title[lang]}</h3>
            <ul class="signals">
              {recognised.map((r) => (
                <li key={r.id}>
                  {signal(r.id)} {sometimes(r.answer)}
                </li>
              ))}
            </ul>
            <p>
              <a href={localePath(lang, indicatorPath(domain))}>
                {t('selfCheck.readMore', { topic: indicator.title[lang] })}
              </a>
            </p>
          </section>
        );
      })}
      {summary.unknown.length > 0 && <p>{texts.result.unknown[lang]}</p>}
      <p class="doubt">{texts.result.doubt[lang]}</p>
      {helpPoint && (
        <section class="result-help" aria-labelledby="check-help">
          <h3 id="check-help">{t('selfCheck.helpTitle')}</h3>
          <OrganisationCard org={helpPoint} lang={lang} t={t} audience={route} level={4} />
        </section>
      )}
      {route === 'relative' && (
        <p>
          <a href={localePath(lang, paths.relatives)}>{t('finder.forRelatives')}</a>
        </p>
      )}
      <p>{texts.result.toFinder[lang]}</p>
      <StepNav>
        <button type="button" class="button" onClick={props.onFinder}>
          {t('selfCheck.toFinder')}
        </button>
      </StepNav>
      <RestartButton label={t('selfCheck.restart')} t={t} onConfirm={props.onRestart} />
      {props.renderSave?.({ route, answers })}
    </div>
  );
}
