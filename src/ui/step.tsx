// Shared by the questionnaires (help finder, self-check, Samen kijken): focus that follows the step,
// the large radio "cards" for a first choice, and a button that asks before it throws answers away.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { T } from '../i18n/index.ts';

/**
 * Moves focus to the step's heading whenever `step` changes after the visitor moved on (not on the
 * first render, which would steal focus on page load). Screen readers then read the new question.
 * The step (the element marked `data-step`) scrolls to the top, below the sticky bar (the root's
 * scroll-padding), so the whole new question is in view even when "Verder" was far down the page.
 */
export function useStepFocus(step: string, focusOnMount = false) {
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(focusOnMount);
  useEffect(() => {
    const el = heading.current;
    if (!moved.current || !el) return;
    // Never pull focus back from where the visitor already went within the new step (a late effect on
    // a slow phone must not undo a Tab into the answers).
    const step = el.closest('[data-step]');
    if (step && step !== el && step.contains(document.activeElement) && document.activeElement !== el) return;
    el.focus({ preventScroll: true });
    (el.closest('[data-step]') ?? el).scrollIntoView?.({ block: 'start' }); // not in jsdom
  }, [step]);
  /** Call when the visitor moves to another step. The same function on every render. */
  const markMoved = useCallback(() => {
    moved.current = true;
  }, []);
  return { heading, markMoved };
}

/**
 * One screen of a questionnaire as a form: submitting it (Enter, "Verder") calls `onSubmit` and never
 * loads a page; `data-step` is what useStepFocus scrolls into view.
 */
export function StepForm({
  class: className,
  onSubmit,
  children,
}: {
  class: string;
  onSubmit: () => void;
  children: ComponentChildren;
}) {
  return (
    <form
      class={className}
      data-step
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}

/** The row of buttons under a questionnaire's screen ("Verder", "Vorige", …). */
export function StepNav({ children }: { children: ComponentChildren }) {
  return <div class="step-nav">{children}</div>;
}

/** One large radio choice with a label and a hint under it. */
export function BlockChoice({
  name,
  value,
  checked,
  onChange,
  label,
  hint,
}: {
  name: string;
  value: string;
  checked: boolean;
  onChange: () => void;
  label: string;
  hint: string;
}) {
  return (
    <label class="choice choice--block">
      <input type="radio" name={name} value={value} checked={checked} onChange={onChange} />
      <span>
        <strong>{label}</strong>
        <span class="choice__hint">{hint}</span>
      </span>
    </label>
  );
}

/**
 * "Opnieuw beginnen", which loses a questionnaire's answers: the first press asks, inline, and focus
 * moves to the safe answer. No dialog: a modal would make the quick exit unreachable.
 */
export function RestartButton({ label, t, onConfirm }: { label: string; t: T; onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  const safe = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) safe.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" class="button button--secondary" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div class="confirm" role="group" aria-label={t('confirmRestart.question')}>
      <p>{t('confirmRestart.question')}</p>
      <button type="button" class="button button--secondary" onClick={onConfirm}>
        {t('confirmRestart.yes')}
      </button>
      <button type="button" class="button" ref={safe} onClick={() => setAsking(false)}>
        {t('confirmRestart.no')}
      </button>
    </div>
  );
}

/**
 * On a questionnaire's first screen: the phone's or browser's Back button leaves the whole questionnaire,
 * because the app keeps one history entry so that the quick exit can leave no trace (docs/DECISIONS.md,
 * "The Back button inside a questionnaire"); "Vorige" goes one step back.
 */
export function BackButtonNote({ t }: { t: T }) {
  return <p class="hint back-note">{t('leaveGuard.backButton')}</p>;
}
