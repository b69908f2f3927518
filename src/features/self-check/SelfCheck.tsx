// The self-check: a start screen, one question per screen, the result per domain, and on into the
// help finder without a page load. Answers live in this component's state only, unless the visitor
// chooses to save them (the save panel loads its own code). The quick exit forgets them.
import { useEffect, useState } from 'preact/hooks';
import { BlockChoice, RestartButton, useStepFocus } from '../../ui/step.tsx';
import type { ComponentChildren } from 'preact';
import type { Lang, T } from '../../i18n/index.ts';
import type { HelpFinderTexts, Indicator, Organisation, Questions, Routing, SelfCheckTexts } from '../../content/schema.ts';
import {
  domainIds,
  finderAnswersFrom,
  selfCheckAnswers,
  summarise,
  urgentHelp,
  type SelfCheckAnswer,
  type SelfCheckRoute,
} from '../../logic/index.ts';
import { onForget } from '../../ui/forget.ts';
import { setBusy } from '../../ui/busy.ts';
import { indicatorPath, localePath } from '../../routes.ts';
import { UrgentHelp } from '../organisations/UrgentHelp.tsx';
import { HelpFinder } from '../help-finder/HelpFinder.tsx';

export type Answers = Record<string, SelfCheckAnswer | undefined>;

export interface SelfCheckProps {
  lang: Lang;
  t: T;
  texts: SelfCheckTexts;
  questions: Questions;
  indicators: Indicator[];
  organisations: Organisation[];
  routing: Routing;
  finderTexts: HelpFinderTexts;
  /** Shown under the result: the optional "bewaren op dit apparaat" panel. */
  renderSave?: (state: { route: SelfCheckRoute; answers: Answers }) => ComponentChildren;
  /** Shown on the start screen: a way to open answers saved earlier. */
  renderOpen?: (open: (state: { route: SelfCheckRoute; answers: Answers }) => void) => ComponentChildren;
}

type Stage = { name: 'start' } | { name: 'question'; index: number } | { name: 'result' } | { name: 'finder' };

export function SelfCheck(props: SelfCheckProps) {
  const { lang, t, texts, questions, indicators, organisations } = props;
  const [route, setRoute] = useState<SelfCheckRoute | undefined>();
  const [answers, setAnswers] = useState<Answers>({});
  const [stage, setStage] = useState<Stage>({ name: 'start' });
  const [error, setError] = useState('');

  const list = route ? questions[route] : [];
  const { heading, markMoved } = useStepFocus(stage.name === 'question' ? `q${stage.index}` : stage.name);
  useEffect(() => {
    setBusy(stage.name === 'question');
  }, [stage.name]);
  useEffect(() => () => setBusy(false), []);
  useEffect(
    () =>
      onForget(() => {
        setRoute(undefined);
        setAnswers({});
        setStage({ name: 'start' });
      }),
    [],
  );

  const go = (next: Stage) => {
    markMoved();
    setError('');
    setStage(next);
  };

  if (stage.name === 'start') {
    return (
      <>
      <form
        class="check"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!route) setError(t('selfCheck.chooseRoute'));
          else go({ name: 'question', index: 0 });
        }}
      >
        <h2 ref={heading} tabIndex={-1}>
          {texts.start.heading[lang]}
        </h2>
        <ul>
          {texts.start.points[lang].map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
        <p class="notice">{texts.start.contentNote[lang]}</p>
        <p>{texts.start.past[lang]}</p>
        <fieldset aria-describedby={error ? 'check-error' : undefined}>
          <legend>
            <h3>{texts.start.route[lang]}</h3>
          </legend>
          {error && (
            <p id="check-error" class="error" role="alert">
              {error}
            </p>
          )}
          {(['self', 'relative'] as const).map((r) => (
            <BlockChoice
              key={r}
              name="route"
              value={r}
              checked={route === r}
              onChange={() => {
                setError('');
                setRoute(r);
                setAnswers({});
              }}
              label={texts.start.routes[r].label[lang]}
              hint={texts.start.routes[r].hint[lang]}
            />
          ))}
        </fieldset>
        <div class="finder__nav">
          <button type="submit" class="button">
            {t('selfCheck.start')}
          </button>
        </div>
      </form>
      {props.renderOpen?.((saved) => {
        setRoute(saved.route);
        setAnswers(saved.answers);
        go({ name: 'result' });
      })}
      </>
    );
  }

  if (stage.name === 'question' && route) {
    const index = stage.index;
    const q = list[index]!;
    const answer = answers[q.id];
    const last = index === list.length - 1;
    const forward = () => go(last ? { name: 'result' } : { name: 'question', index: index + 1 });
    const domain = indicators.find((i) => i.id === q.domain);
    return (
      <form
        class="check"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          forward();
        }}
      >
        <fieldset>
          <legend>
            <h2 ref={heading} tabIndex={-1} class="question">
              <span class="question__progress">{t('selfCheck.progress', { n: index + 1, total: list.length })}</span>{' '}
              <span>{q.text[lang]}</span>
            </h2>
          </legend>
          {domain && <p class="hint">{domain.title[lang]}</p>}
          <div class="choices">
            {selfCheckAnswers.map((option) => (
              <label key={option} class="choice">
                <input
                  type="radio"
                  name={q.id}
                  value={option}
                  checked={answer === option}
                  onChange={() => setAnswers((a) => ({ ...a, [q.id]: option }))}
                />
                <span>{t(`selfCheck.answer.${option}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {q.redFlag && (answer === 'yes' || answer === 'sometimes') && (
          <UrgentHelp
            ids={urgentHelp([q.redFlag])}
            organisations={organisations}
            lang={lang}
            t={t}
            title={t('selfCheck.urgentTitle')}
            intro={texts.redFlag[lang]}
          />
        )}
        <div class="finder__nav">
          <button type="submit" class="button">
            {last ? t('selfCheck.finish') : t('selfCheck.next')}
          </button>
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              setAnswers((a) => ({ ...a, [q.id]: undefined }));
              forward();
            }}
          >
            {t('selfCheck.skip')}
          </button>
          <button
            type="button"
            class="button button--secondary"
            onClick={() => go(index === 0 ? { name: 'start' } : { name: 'question', index: index - 1 })}
          >
            {t('selfCheck.previous')}
          </button>
        </div>
      </form>
    );
  }

  const summary = summarise(list, answers, domainIds);
  const text = (id: string) => list.find((q) => q.id === id)!;

  if (stage.name === 'finder' && route) {
    return (
      <div class="check">
        <p>
          <button type="button" class="link-button" onClick={() => go({ name: 'result' })}>
            {t('selfCheck.backToResult')}
          </button>
        </p>
        <HelpFinder
          lang={lang}
          t={t}
          texts={props.finderTexts}
          organisations={organisations}
          routing={props.routing}
          initial={finderAnswersFrom(route, summary)}
          focusOnMount
        />
      </div>
    );
  }

  return (
    <div class="check check--result">
      <h2 ref={heading} tabIndex={-1}>
        {texts.result.heading[lang]}
      </h2>
      <p>{texts.result.notADiagnosis[lang]}</p>
      {summary.redFlags.length > 0 && (
        <>
          <ul class="signals signals--urgent">
            {summary.redFlags.map((r) => (
              <li key={r.id}>
                {text(r.id).signal[lang]} {r.answer === 'sometimes' && <span class="muted">{t('selfCheck.sometimes')}</span>}
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
        const indicator = indicators.find((i) => i.id === domain)!;
        return (
          <section key={domain} aria-labelledby={`domain-${domain}`}>
            <h3 id={`domain-${domain}`}>{indicator.title[lang]}</h3>
            <ul class="signals">
              {recognised.map((r) => (
                <li key={r.id}>
                  {text(r.id).signal[lang]} {r.answer === 'sometimes' && <span class="muted">{t('selfCheck.sometimes')}</span>}
                </li>
              ))}
            </ul>
            <p>
              <a href={localePath(lang, indicatorPath(domain))}>{t('selfCheck.readMore', { topic: indicator.title[lang] })}</a>
            </p>
          </section>
        );
      })}
      {summary.unknown.length > 0 && <p>{texts.result.unknown[lang]}</p>}
      <p class="doubt">{texts.result.doubt[lang]}</p>
      <p>{texts.result.toFinder[lang]}</p>
      <div class="finder__nav">
        <button type="button" class="button" onClick={() => go({ name: 'finder' })}>
          {t('selfCheck.toFinder')}
        </button>
      </div>
      <RestartButton
        label={t('selfCheck.restart')}
        t={t}
        onConfirm={() => {
          setRoute(undefined);
          setAnswers({});
          go({ name: 'start' });
        }}
      />
      {route && props.renderSave?.({ route, answers })}
    </div>
  );
}
