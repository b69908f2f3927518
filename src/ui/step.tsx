// Shared by the questionnaires (help finder, self-check, Samen kijken): focus that follows the step,
// and the large radio "cards" for a first choice.
import { useEffect, useRef } from 'preact/hooks';

/**
 * Moves focus to the step's heading whenever `step` changes after the visitor moved on (not on the
 * first render, which would steal focus on page load). Screen readers then read the new question.
 */
export function useStepFocus(step: string, focusOnMount = false) {
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(focusOnMount);
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [step]);
  return {
    heading,
    /** Call when the visitor moves to another step. */
    markMoved: () => {
      moved.current = true;
    },
  };
}

/** One large radio choice with a label and a hint under it. */
export function BlockChoice({ name, value, checked, onChange, label, hint }: {
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
