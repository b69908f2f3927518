// The help finder: one question screen at a time, then the result. Answers live in this component's
// state only: never in the URL, never stored; the quick exit (onForget) clears them.
import { useEffect, useState } from 'preact/hooks';
import { BlockChoice, RestartButton, useStepFocus } from '../../ui/step.tsx';
import type { ComponentChildren, RefObject } from 'preact';
import type { Lang, T } from '../../i18n/index.ts';
import type { HelpFinderTexts, Organisation, Routing } from '../../content/schema.ts';
import {
  answers as answerOptions,
  finderResult,
  itemsFor,
  screensFor,
  type Answer,
  type FinderAnswers,
  type Screen,
  type Recommendation,
} from '../../logic/index.ts';
import type { Role } from '../../logic/index.ts';
import { onForget } from '../../ui/forget.ts';
import { setBusy } from '../../ui/busy.ts';
import { localePath, organisationPath } from '../../routes.ts';
import { ContactLink, OrganisationDetails } from '../organisations/OrgParts.tsx';
import { RouteCard } from './RouteCard.tsx';

export interface HelpFinderProps {
  lang: Lang;
  t: T;
  texts: HelpFinderTexts;
  organisations: Organisation[];
  routing: Routing;
  /** Answers filled in elsewhere (the self-check); the visitor sees and can change them. */
  initial?: FinderAnswers;
  /** Move focus to the first question at once (when the finder opens inside another flow). */
  focusOnMount?: boolean;
}

const roles: Role[] = ['self', 'relative', 'professional'];
const empty = (): FinderAnswers => ({ items: {} });

export function HelpFinder(props: HelpFinderProps) {
  const { lang, t, texts, initial, focusOnMount = false } = props;
  const [answers, setAnswers] = useState<FinderAnswers>(initial ?? empty());
  // With the role already known (from the self-check), start at "danger now": it is always asked.
  const [index, setIndex] = useState(initial?.role ? 1 : 0);
  const [editing, setEditing] = useState(false); // changing one answer from the result page
  const [error, setError] = useState('');

  const screens = screensFor(answers);
  const screen: Screen = screens[Math.min(index, screens.length - 1)]!;
  const role = answers.role ?? 'self';

  // Focus the new screen's heading, so keyboard and screen reader users start at the question.
  const { heading, markMoved } = useStepFocus(`${screen}${index}`, focusOnMount);

  // While the questions are open, a new version waits (it would reload the page and lose answers).
  useEffect(() => {
    setBusy(screen !== 'result' && answers.role !== undefined);
  }, [screen, answers.role]);
  useEffect(() => () => setBusy(false), []);

  useEffect(
    () =>
      onForget(() => {
        setAnswers(empty());
        setIndex(0);
        setEditing(false);
      }),
    [],
  );

  const go = (next: number) => {
    markMoved();
    setError('');
    setIndex(Math.max(0, Math.min(next, screens.length - 1)));
  };
  const forward = () => {
    if (screen === 'role' && !answers.role) {
      setError(t('finder.chooseRole'));
      return;
    }
    if (!editing) return go(index + 1);
    // Changing one answer from the result: ask what the change made newly relevant, then back to the result.
    const now = screensFor(answers);
    const open = now.slice(now.indexOf(screen) + 1).find((s) => (s === 'report' && !answers.wantsToReport) || (s === 'anonymous' && !answers.anonymous));
    if (!open) setEditing(false);
    go(now.indexOf(open ?? 'result'));
  };
  const update = (change: Partial<FinderAnswers>) => setAnswers((a) => ({ ...a, ...change }));
  const setItem = (item: keyof FinderAnswers['items'], value: Answer) =>
    setAnswers((a) => ({ ...a, items: { ...a.items, [item]: value } }));

  const questionScreens = screens.filter((s) => s !== 'result');
  const stepLabel =
    screen === 'result' ? '' : t('finder.step', { n: questionScreens.indexOf(screen) + 1, total: questionScreens.length });

  if (screen === 'result') {
    return (
      <Result
        {...props}
        answers={answers}
        heading={heading}
        onChange={(target) => {
          setEditing(true);
          go(screens.indexOf(target));
        }}
        onRestart={() => {
          setAnswers(empty());
          setEditing(false);
          go(0);
        }}
      />
    );
  }

  // The screens that ask one question, each with its texts and the answer it sets.
  const singles = {
    danger: { texts: texts.danger, answer: 'acuteDanger' },
    report: { texts: texts.report, answer: 'wantsToReport' },
    anonymous: { texts: texts.anonymous, answer: 'anonymous' },
  } as const;
  const single = screen === 'danger' || screen === 'report' || screen === 'anonymous' ? singles[screen] : undefined;

  return (
    <form
      class="finder"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        forward();
      }}
    >
      <p class="finder__step">{stepLabel}</p>
      {screen === 'role' && (
        <fieldset aria-describedby={error ? 'finder-error' : undefined}>
          <legend>
            <h2 ref={heading} tabIndex={-1}>
              {texts.role.question[lang]}
            </h2>
          </legend>
          {error && (
            <p id="finder-error" class="error" role="alert">
              {error}
            </p>
          )}
          {roles.map((r) => (
            <BlockChoice
              key={r}
              name="role"
              value={r}
              checked={answers.role === r}
              onChange={() => {
                setError('');
                update({ role: r });
              }}
              label={texts.role.options[r].label[lang]}
              hint={texts.role.options[r].hint[lang]}
            />
          ))}
        </fieldset>
      )}

      {single && (
        <AnswerGroup
          name={screen}
          legend={
            <h2 ref={heading} tabIndex={-1}>
              {single.texts.question[role][lang]}
            </h2>
          }
          hint={single.texts.hint[lang]}
          value={answers[single.answer]}
          onChange={(v) => update({ [single.answer]: v })}
          t={t}
        />
      )}
      {screen === 'danger' && answers.acuteDanger === 'yes' && (
        <div class="panel panel--urgent" role="status">
          <p>{texts.danger.yesNow[lang]}</p>
          <a class="button button--danger" href="tel:112">
            {t('emergency.call')}
          </a>
        </div>
      )}

      {screen === 'situations' && (
        <>
          <h2 ref={heading} tabIndex={-1}>
            {texts.situations.question[lang]}
          </h2>
          <p class="hint">{texts.situations.hint[lang]}</p>
          {itemsFor(role).map((item) => (
            <AnswerGroup
              key={item}
              name={item}
              legend={texts.situations.items[item][role][lang]}
              note={answers.prefilled?.includes(item) ? t('finder.prefilled') : undefined}
              value={answers.items[item]}
              onChange={(v) => setItem(item, v)}
              options={['yes', 'no', 'unknown']}
              t={t}
              compact
            />
          ))}
        </>
      )}

      <div class="finder__nav">
        <button type="submit" class="button">
          {editing ? t('finder.toResult') : t('finder.next')}
        </button>
        {screen === 'situations' && (
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              // "Liever niet zeggen" for the whole checklist: every open item counts as no.
              setAnswers((a) => ({
                ...a,
                items: Object.fromEntries(itemsFor(role).map((i) => [i, a.items[i] ?? 'private'])),
              }));
              forward();
            }}
          >
            {t('finder.skipScreen')}
          </button>
        )}
        {index > 0 && !editing && (
          <button type="button" class="button button--secondary" onClick={() => go(index - 1)}>
            {t('finder.previous')}
          </button>
        )}
      </div>
    </form>
  );
}

interface AnswerGroupProps {
  name: string;
  legend: ComponentChildren;
  hint?: string;
  note?: string;
  value: Answer | undefined;
  onChange: (value: Answer) => void;
  options?: readonly Answer[];
  t: T;
  compact?: boolean;
}

/** One question with its answers as radio buttons: native keyboard use, one tab stop per question. */
function AnswerGroup({ name, legend, hint, note, value, onChange, options = answerOptions, t, compact }: AnswerGroupProps) {
  const hintId = `${name}-hint`;
  return (
    <fieldset class={compact ? 'answer-group answer-group--compact' : 'answer-group'} aria-describedby={hint || note ? hintId : undefined}>
      <legend>{legend}</legend>
      {(hint || note) && (
        <p id={hintId} class={note ? 'note' : 'hint'}>
          {note ?? hint}
        </p>
      )}
      <div class="choices">
        {options.map((option) => (
          <label key={option} class="choice">
            <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
            <span>{t(`finder.answer.${option}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

interface ResultProps extends HelpFinderProps {
  answers: FinderAnswers;
  heading: RefObject<HTMLHeadingElement | null>;
  onChange: (screen: Screen) => void;
  onRestart: () => void;
}

function Result({ lang, t, texts, organisations, routing, answers, heading, onChange, onRestart }: ResultProps) {
  const { recommendations, ifSo } = finderResult(answers);
  const urgent = recommendations.filter((r) => r.urgent);
  const others = recommendations.filter((r) => !r.urgent);
  const org = (id: string) => organisations.find((o) => o.id === id)!;
  const role = answers.role ?? 'self';
  const label = (a?: Answer) => (a ? t(`finder.answer.${a}`) : t('finder.nothingChosen'));
  const chosen = itemsFor(role).filter((i) => answers.items[i] === 'yes' || answers.items[i] === 'unknown');

  const summary: Array<[Screen, string]> = [
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

  const card = (r: Recommendation, level: 3 | 4 = 3) => {
    const o = org(r.organisation);
    const H = level === 3 ? 'h3' : 'h4';
    return (
      <li key={r.organisation} class={r.urgent ? 'result-card result-card--urgent' : 'result-card'}>
        <H>{o.name[lang]}</H>
        <p class="reason">{routing.reasons[r.reason]?.text[lang]}</p>
        {r.urgent ? (
          <ul class="contacts">
            {o.contact.map((c) => (
              <li key={c.value}>
                <ContactLink contact={c} lang={lang} t={t} />
              </li>
            ))}
          </ul>
        ) : (
          <OrganisationDetails org={o} lang={lang} t={t} level={level === 3 ? 4 : 5} />
        )}
        <p>
          <a href={localePath(lang, organisationPath(o.id))}>{t('finder.more', { name: o.name[lang] })}</a>
        </p>
      </li>
    );
  };

  return (
    <div class="finder finder--result">
      <h2 ref={heading} tabIndex={-1}>
        {t('finder.resultTitle')}
      </h2>
      {urgent.length > 0 && (
        <section class="panel panel--urgent" aria-labelledby="finder-urgent">
          <h3 id="finder-urgent">{t('finder.urgentTitle')}</h3>
          <ul class="result-list">{urgent.map((r) => card(r, 4))}</ul>
        </section>
      )}
      <section aria-labelledby="finder-list">
        <h3 id="finder-list" class="visually-hidden">
          {t('finder.listTitle')}
        </h3>
        <p>{t('finder.listIntro')}</p>
        <ol class="result-list">{others.map((r) => card(r))}</ol>
      </section>
      <p class="doubt">{t('finder.doubt')}</p>
      {ifSo.length > 0 && (
        <section aria-labelledby="finder-ifso">
          <h3 id="finder-ifso">{t('finder.ifSoTitle')}</h3>
          <p>{t('finder.ifSoIntro')}</p>
          <ul class="result-list">
            {ifSo.map((r) => (
              <li key={r.organisation} class="result-card">
                <h4>{org(r.organisation).name[lang]}</h4>
                <p class="reason">{routing.reasons[r.reason]?.text[lang]}</p>
                <p>
                  <a href={localePath(lang, organisationPath(r.organisation))}>
                    {t('finder.more', { name: org(r.organisation).name[lang] })}
                  </a>
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="finder-answers">
        <h3 id="finder-answers">{t('finder.changeTitle')}</h3>
        <p>{t('finder.changeIntro')}</p>
        <dl class="summary">
          {summary.map(([s, value]) => (
            <div key={s}>
              <dt>{t(`finder.screen.${s as Exclude<Screen, 'result'>}`)}</dt>
              <dd>
                {value}{' '}
                <button
                  type="button"
                  class="link-button"
                  aria-label={t('finder.changeLabel', { screen: t(`finder.screen.${s as Exclude<Screen, 'result'>}`) })}
                  onClick={() => onChange(s)}
                >
                  {t('finder.change')}
                </button>
              </dd>
            </div>
          ))}
        </dl>
        <div class="finder__nav">
          <button type="button" class="button button--secondary" onClick={() => print()}>
            {t('routeCard.print')}
          </button>
        </div>
        <RestartButton label={t('finder.restart')} t={t} onConfirm={onRestart} />
      </section>
      <RouteCard
        recommendations={recommendations}
        organisations={organisations}
        routing={routing}
        lang={lang}
        t={t}
        today={new Date().toISOString().slice(0, 10)}
      />
    </div>
  );
}
