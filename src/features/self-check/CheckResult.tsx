// The self-check's result: help first (for right now on red flags, then a chat and a line to call),
// then a short word on what was recognised, with every answer one tap away, without a score; then the
// help finder as a next step, not the only one.
import type { RefObject } from 'preact';
import type { Question } from '../../content/schema.ts';
import {
  resultHelp,
  showsLeavingTonight,
  urgentHelp,
  type OrganisationId,
  type SelfCheckRoute,
  type SelfCheckSummary,
} from '../../logic/index.ts';
import { indicatorPath, localePath, paths } from '../../routes.ts';
import { RestartButton, StepNav } from '../../ui/step.tsx';
import { ResultHelp } from '../organisations/ResultHelp.tsx';
import { PlanLinkFor } from '../plan/PlanLink.tsx';
import type { Answers, SelfCheckProps } from './types.ts';
import { useLang } from '../../ui/lang.ts';

/** What the result shows with its contact: the help finder after it does not show them again. */
export function shownByResult(route: SelfCheckRoute, summary: SelfCheckSummary): OrganisationId[] {
  const help = resultHelp(urgentHelp(summary.redFlags.map((r) => r.flag)), route);
  return [...help.now, ...help.voice];
}

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
  const lang = useLang();
  const { t, texts, indicators, organisations, route, list, answers, summary, heading, planTexts } = props;
  const flags = summary.redFlags.map((r) => r.flag);
  const signal = (id: string) => list.find((q) => q.id === id)?.signal[lang];
  const help = resultHelp(urgentHelp(flags), route);
  const sometimes = (answer: string) => answer === 'sometimes' && <span class="muted">{t('selfCheck.sometimes')}</span>;
  const recognised = summary.domains.length > 0 || summary.redFlags.length > 0;
  return (
    <div class="check check--result" data-step>
      <h2 ref={heading} tabIndex={-1}>
        {texts.result.heading[lang]}
      </h2>
      <ResultHelp
        help={help}
        organisations={organisations}
        t={t}
        audience={route}
        urgentTitle={t('selfCheck.urgentTitle')}
        urgentIntro={texts.result.redFlags[lang]}
        voiceTitle={t('selfCheck.helpTitle')}
        leavingTonight={showsLeavingTonight(route, false, flags) ? planTexts : undefined}
      />
      <p class="doubt">{texts.result.doubt[lang]}</p>
      {planTexts && (
        <p>
          <PlanLinkFor t={t} audience={route} />
        </p>
      )}
      <section aria-labelledby="check-recognised">
        <h3 id="check-recognised">{t('selfCheck.recognisedTitle')}</h3>
        <p>{texts.result.notADiagnosis[lang]}</p>
        {!recognised && <p>{texts.result.nothing[lang]}</p>}
        {summary.redFlags.length > 0 && <p>{t('selfCheck.recognisedNow')}</p>}
        {summary.domains.length > 0 && (
          <>
            <p>{t('selfCheck.recognisedIn')}</p>
            <ul>
              {summary.domains.map(({ domain }) => (
                <li key={domain}>{indicators[domain].title[lang]}</li>
              ))}
            </ul>
          </>
        )}
        {recognised && (
          <details class="check__answers">
            <summary>{t('selfCheck.allAnswers')}</summary>
            {summary.redFlags.length > 0 && (
              <ul class="signals signals--urgent">
                {summary.redFlags.map((r) => (
                  <li key={r.id}>
                    {signal(r.id)} {sometimes(r.answer)}
                  </li>
                ))}
              </ul>
            )}
            {summary.domains.map(({ domain, recognised }) => {
              const indicator = indicators[domain];
              return (
                <section key={domain} aria-labelledby={`domain-${domain}`}>
                  <h4 id={`domain-${domain}`}>{indicator.title[lang]}</h4>
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
          </details>
        )}
        {summary.unknown.length > 0 && <p>{texts.result.unknown[lang]}</p>}
      </section>
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
