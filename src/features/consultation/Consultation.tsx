// "Samen kijken": the indicators and the help finder in large type, one item at a time, for a
// professional and a client looking at one screen. Nothing is kept; the quick exit is on the page.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStepFocus } from '../../ui/step.tsx';
import type { Lang, T } from '../../i18n/index.ts';
import type { HelpFinderTexts, Routing } from '../../content/schema.ts';
import type { Indicators, Organisations } from '../../content/types.ts';
import { domainIds, urgentHelpForDomain } from '../../logic/index.ts';
import { onForget } from '../../ui/forget.ts';
import { useLoaded, Waiting, type Later } from '../../ui/later.tsx';
import { FullScreenButton } from './FullScreen.tsx';
import type { ConsultationMore } from './more.ts';

/** What the topics and the finder show: it loads when the professional starts (more.ts). */
export interface ConsultationContent {
  indicators: Indicators;
  organisations: Organisations;
  routing: Routing;
  finderTexts: HelpFinderTexts;
}

/** The start screen comes with the page; the topics' and the finder's code and content come in `more`. */
export interface ConsultationProps {
  lang: Lang;
  t: T;
  more: Later<ConsultationMore>;
}

type Stage = { name: 'start' } | { name: 'indicator'; index: number } | { name: 'finder' };

/** The view, with "Volledig scherm" above every stage (one button, so its state stays from stage to stage). */
export function Consultation(props: ConsultationProps) {
  return (
    <>
      <FullScreenButton t={props.t} />
      <Stages {...props} />
    </>
  );
}

function Stages({ lang, t, more }: ConsultationProps) {
  const [stage, setStage] = useState<Stage>({ name: 'start' });
  const loaded = useLoaded(more, stage.name !== 'start');
  const { heading, markMoved } = useStepFocus(stage.name === 'indicator' ? `i${stage.index}` : stage.name);
  useEffect(() => onForget(() => setStage({ name: 'start' })), []);

  const go = (next: Stage) => {
    markMoved();
    setStage(next);
  };

  // Left and right arrows step through the topics, unless focus is in a form control. One listener
  // for the component's life, reading the current step: re-subscribing on every step left a moment
  // in which a quick second press was lost.
  const current = useRef(stage);
  current.current = stage;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (current.current.name !== 'indicator' || event.altKey || event.ctrlKey || event.metaKey) return;
      if ((event.target as Element | null)?.closest?.('input, textarea, select')) return;
      const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (!delta) return;
      markMoved();
      // From the latest state, so quick presses each count.
      const within = (index: number) => Math.max(0, Math.min(domainIds.length - 1, index));
      setStage((s) => (s.name === 'indicator' ? { name: 'indicator', index: within(s.index + delta) } : s));
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [markMoved]); // the same function on every render: one listener for the component's life

  // The page itself shows the title and what this view is (prerendered, so it paints at once).
  if (stage.name === 'start') {
    return (
      <div class="consult">
        <div class="step-nav">
          <button type="button" class="button" onClick={() => go({ name: 'indicator', index: 0 })}>
            {t('consult.startIndicators')}
          </button>
          <button type="button" class="button button--secondary" onClick={() => go({ name: 'finder' })}>
            {t('consult.findHelp')}
          </button>
        </div>
      </div>
    );
  }

  if (!loaded.value) {
    return (
      <div class="consult">
        <Waiting t={t} lang={lang} heading={heading} failed={loaded.failed} onRetry={loaded.retry} />
      </div>
    );
  }
  const { indicators, organisations, routing, finderTexts, UrgentHelp, EmbeddedFinder } = loaded.value;

  // The help finder about the client, worded to the client (role `self`): the professional's context is
  // known, so "Voor wie zoek je hulp?" is not asked again (docs/DECISIONS.md, "Samen kijken's finder is about
  // the client").
  if (stage.name === 'finder') {
    return (
      <EmbeddedFinder
        class="consult"
        backLabel={t('consult.toStart')}
        onBack={() => go({ name: 'start' })}
        intro={t('consultView.finderIntro')}
        lang={lang}
        t={t}
        texts={finderTexts}
        organisations={organisations}
        routing={routing}
        about="self"
      />
    );
  }

  const { index } = stage;
  // One indicator per domain, in the order of the domains; the keys and buttons keep the index within them.
  const domain = domainIds[index] ?? domainIds[0];
  const item = indicators[domain];
  const urgent = urgentHelpForDomain[domain];
  const last = index === domainIds.length - 1;
  return (
    // A new element per topic (key), like the questionnaires' screens: the button just pressed goes with
    // the old topic, so focus moves to the new heading (useStepFocus keeps focus the visitor moved inside
    // the step, and a reused button would count as that).
    <div class="consult" data-step key={`i${index}`}>
      <p class="consult__counter">{t('consult.counter', { n: index + 1, total: domainIds.length })}</p>
      <h2 ref={heading} tabIndex={-1}>
        {item.title[lang]}
      </h2>
      <p>{item.explanation[lang]}</p>
      <ul>
        {item.examples[lang].map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
      <p class="consult__inside">{item.inside[lang]}</p>
      {urgent && (
        <UrgentHelp
          ids={urgent}
          organisations={organisations}
          lang={lang}
          t={t}
          title={t('indicators.urgentTitle')}
          level={3}
        />
      )}
      <div class="step-nav">
        <button
          type="button"
          class="button button--secondary"
          onClick={() => go(index === 0 ? { name: 'start' } : { name: 'indicator', index: index - 1 })}
        >
          {t('consult.previous')}
        </button>
        {last ? (
          <button type="button" class="button" onClick={() => go({ name: 'finder' })}>
            {t('consult.findHelp')}
          </button>
        ) : (
          <button type="button" class="button" onClick={() => go({ name: 'indicator', index: index + 1 })}>
            {t('consult.next')}
          </button>
        )}
      </div>
      <p class="hint">{t('consult.keys')}</p>
    </div>
  );
}
