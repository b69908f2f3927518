// "Samen kijken": the indicators and the help finder in large type, one item at a time, for a
// professional and a client looking at one screen. Nothing is kept; the quick exit is on the page.
// Where each button and arrow key leads is logic (src/logic/consult-flow.ts); this component keeps the
// stage and draws it.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStepFocus } from '../../ui/step.tsx';
import type { T } from '../../i18n/index.ts';
import { urgentHelpForDomain } from '../../logic/index.ts';
import * as flow from '../../logic/consult-flow.ts';
import { onForget } from '../../ui/forget.ts';
import { useLoaded, Waiting, type Later } from '../../ui/later.tsx';
import { FullScreenButton } from './FullScreen.tsx';
import type { ConsultationMore } from './more.ts';
import { useLang } from '../../ui/lang.ts';

/** The start screen comes with the page; the topics' and the finder's code and content come in `more`. */
export interface ConsultationProps {
  t: T;
  more: Later<ConsultationMore>;
}

/** The view, with "Volledig scherm" above every stage (one button, so its state stays from stage to stage). */
export function Consultation(props: ConsultationProps) {
  return (
    <>
      <FullScreenButton t={props.t} />
      <Stages {...props} />
    </>
  );
}

function Stages({ t, more }: ConsultationProps) {
  const lang = useLang();
  const [stage, setStage] = useState<flow.ConsultStage>(flow.startConsult);
  const loaded = useLoaded(more, stage.name !== 'start');
  const { heading, markMoved } = useStepFocus(flow.consultStepKey(stage));
  useEffect(() => onForget(() => setStage(flow.startConsult())), []);

  const go = (next: flow.ConsultStage) => {
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
      const delta = flow.arrowDelta(event.key);
      if (!delta) return;
      markMoved();
      // From the latest state, so quick presses each count.
      setStage((s) => flow.stepTopic(s, delta));
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [markMoved]); // the same function on every render: one listener for the component's life

  // The page itself shows the title and what this view is (prerendered, so it paints at once).
  if (stage.name === 'start') {
    return (
      <div class="consult">
        <div class="step-nav">
          <button type="button" class="button" onClick={() => go(flow.firstTopic())}>
            {t('consult.startIndicators')}
          </button>
          <button type="button" class="button button--secondary" onClick={() => go(flow.toFinder())}>
            {t('consult.findHelp')}
          </button>
        </div>
      </div>
    );
  }

  if (!loaded.value) {
    return (
      <div class="consult">
        <Waiting t={t} heading={heading} failed={loaded.failed} onRetry={loaded.retry} />
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
        t={t}
        texts={finderTexts}
        organisations={organisations}
        routing={routing}
        about="self"
      />
    );
  }

  // One indicator per domain, in the order of the domains; the flow keeps the index within them.
  const topic = flow.topicOf(stage);
  if (!topic) return null; // every other stage is drawn above
  const { domain, n, total, last } = topic;
  const item = indicators[domain];
  const urgent = urgentHelpForDomain[domain];
  return (
    // A new element per topic (key), like the questionnaires' screens: the button just pressed goes with
    // the old topic, so focus moves to the new heading (useStepFocus keeps focus the visitor moved inside
    // the step, and a reused button would count as that).
    <div class="consult" data-step key={flow.consultStepKey(stage)}>
      <p class="consult__counter">{t('consult.counter', { n, total })}</p>
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
        <UrgentHelp ids={urgent} organisations={organisations} t={t} title={t('indicators.urgentTitle')} level={3} />
      )}
      <div class="step-nav">
        <button type="button" class="button button--secondary" onClick={() => go(flow.previousTopic(stage))}>
          {t('consult.previous')}
        </button>
        {/* "Volgende", or after the last topic "Zoek hulp": both where the flow goes next. */}
        <button type="button" class="button" onClick={() => go(flow.nextTopic(stage))}>
          {last ? t('consult.findHelp') : t('consult.next')}
        </button>
      </div>
      <p class="hint">{t('consult.keys')}</p>
    </div>
  );
}
