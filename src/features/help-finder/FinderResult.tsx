// The help finder's result: help for right now apart, then the organisations that fit, each as a card
// that starts with how to reach it and when. Reading more opens inside the card, so the result stays.
import type { RefObject } from 'preact';
import {
  finderResult,
  itemsFor,
  resultHelp,
  screensFor,
  showsLeavingTonight,
  type Answer,
  type FinderAnswers,
  type Recommendation,
} from '../../logic/index.ts';
import type { QuestionScreen } from '../../logic/finder-flow.ts';
import { RestartButton, StepNav } from '../../ui/step.tsx';
import { localePath, paths } from '../../routes.ts';
import { OrganisationCard } from '../organisations/OrganisationCard.tsx';
import { ResultHelp } from '../organisations/ResultHelp.tsx';
import { PlanLinkFor } from '../plan/PlanLink.tsx';
import { RouteCard } from './RouteCard.tsx';
import type { HelpFinderProps } from './types.ts';
import { useLang } from '../../ui/lang.ts';

interface ResultProps extends HelpFinderProps {
  answers: FinderAnswers;
  heading: RefObject<HTMLHeadingElement | null>;
  onChange: (screen: QuestionScreen) => void;
  onRestart: () => void;
}

export function FinderResult(props: ResultProps) {
  const lang = useLang();
  const { t, organisations, routing, answers, heading, onRestart, shown, planTexts } = props;
  const { recommendations, ifSo } = finderResult(answers);
  const role = answers.role ?? 'self';
  // Before any reading: help for right now, then a voice to call or chat with (docs/ROUTING.md, 14).
  const help = resultHelp(
    recommendations.filter((r) => r.urgent).map((r) => r.organisation),
    role,
    shown,
  );
  const audience = role === 'professional' ? undefined : role;
  const card = (r: Recommendation) => (
    <li key={r.organisation} class={r.urgent ? 'result-card result-card--urgent' : 'result-card'}>
      <OrganisationCard
        org={organisations[r.organisation]}
        t={t}
        audience={role}
        level={4}
        reason={<p class="reason">{routing.reasons[r.reason].text[lang]}</p>}
      />
    </li>
  );

  return (
    <div class="finder finder--result" data-step>
      <h2 ref={heading} tabIndex={-1}>
        {t('finder.resultTitle')}
      </h2>
      <ResultHelp
        help={help}
        organisations={organisations}
        t={t}
        audience={audience}
        urgentTitle={t('finder.urgentTitle')}
        voiceTitle={t('finder.voiceTitle')}
        leavingTonight={showsLeavingTonight(role, answers.acuteDanger === 'yes') ? planTexts : undefined}
      />
      {help.seen.length > 0 && (
        <p>
          {t('finder.alreadyShown', {
            names: listOf(
              help.seen.map((id) => organisations[id].name[lang]),
              t,
            ),
          })}
        </p>
      )}
      <section aria-labelledby="finder-list">
        <h3 id="finder-list">{t('finder.listTitle')}</h3>
        <p>{t('finder.listIntro', { count: recommendations.length })}</p>
        <ol class="result-list">{recommendations.map(card)}</ol>
      </section>
      <p class="doubt">{t('finder.doubt')}</p>
      {planTexts && audience && (
        <p>
          <PlanLinkFor t={t} audience={audience} />
        </p>
      )}
      {role === 'relative' && (
        <p>
          <a href={localePath(lang, paths.relatives)}>{t('finder.forRelatives')}</a>
        </p>
      )}
      {ifSo.length > 0 && (
        <section aria-labelledby="finder-ifso">
          <h3 id="finder-ifso">{t('finder.ifSoTitle')}</h3>
          <p>{t('finder.ifSoIntro')}</p>
          <ul class="result-list">{ifSo.map(card)}</ul>
        </section>
      )}
      <AnswerSummary {...props} />
      <RestartButton label={t('finder.restart')} t={t} onConfirm={onRestart} />
      <RouteCard
        recommendations={recommendations}
        organisations={organisations}
        t={t}
        today={new Date().toISOString().slice(0, 10)}
      />
    </div>
  );
}

/** "A, B en C": names in running text. */
function listOf(names: string[], t: ResultProps['t']): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} ${t('finder.and')} ${names.at(-1)}`;
}

/** The answers given, each with "Wijzig", so one can be changed without starting again. */
function AnswerSummary({ t, texts, answers, onChange }: ResultProps) {
  const lang = useLang();
  const role = answers.role ?? 'self';
  const label = (a?: Answer) => (a ? t(`finder.answer.${a}`) : t('finder.nothingChosen'));
  const chosen = itemsFor(role).filter((i) => answers.items[i] === 'yes' || answers.items[i] === 'unknown');
  const summary: Array<[QuestionScreen, string]> = [
    ['role', texts.role.options[role].label[lang]],
    ['danger', label(answers.acuteDanger)],
    [
      'situations',
      chosen.length
        ? chosen.map((i) => `${texts.situations.items[i][role][lang]} (${label(answers.items[i])})`).join(' ')
        : t('finder.nothingChosen'),
    ],
  ];
  const screens = screensFor(answers);
  if (screens.includes('report')) summary.push(['report', label(answers.wantsToReport)]);
  if (screens.includes('anonymous')) summary.push(['anonymous', label(answers.anonymous)]);
  return (
    <section aria-labelledby="finder-answers">
      <h3 id="finder-answers">{t('finder.changeTitle')}</h3>
      <p>{t('finder.changeIntro')}</p>
      <dl class="summary">
        {summary.map(([screen, value]) => (
          <div key={screen}>
            <dt>{t(`finder.screen.${screen}`)}</dt>
            <dd>
              {value}{' '}
              <button
                type="button"
                class="link-button"
                aria-label={t('finder.changeLabel', { screen: t(`finder.screen.${screen}`) })}
                onClick={() => onChange(screen)}
              >
                {t('finder.change')}
              </button>
            </dd>
          </div>
        ))}
      </dl>
      <StepNav>
        <button type="button" class="button button--secondary" onClick={() => print()}>
          {t('routeCard.print')}
        </button>
      </StepNav>
    </section>
  );
}
