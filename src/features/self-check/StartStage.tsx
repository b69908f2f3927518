// The self-check's start screen: what to expect, and whom the questions are about.
import type { RefObject } from 'preact';
import { BlockChoice, StepForm, StepNav } from '../../ui/step.tsx';
import { selfCheckRoutes as routes, type SelfCheckRoute } from '../../logic/check-result.ts';
import type { CheckState } from '../../logic/check-flow.ts';
import type { Answers, SelfCheckStartProps } from './types.ts';
import { useLang } from '../../ui/lang.ts';

export function StartStage(
  props: SelfCheckStartProps & {
    state: CheckState;
    error: string;
    heading: RefObject<HTMLHeadingElement | null>;
    onRoute: (route: SelfCheckRoute) => void;
    onBegin: () => void;
    onOpen: (saved: { route: SelfCheckRoute; answers: Answers }) => void;
  },
) {
  const lang = useLang();
  const { t, texts, state, error, heading, onRoute, onBegin, onOpen } = props;
  return (
    <>
      <StepForm class="check" onSubmit={onBegin}>
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
          {routes.map((r) => (
            <BlockChoice
              key={r}
              name="route"
              value={r}
              checked={state.route === r}
              onChange={() => onRoute(r)}
              label={texts.start.routes[r].label[lang]}
              hint={texts.start.routes[r].hint[lang]}
            />
          ))}
        </fieldset>
        <StepNav>
          <button type="submit" class="button">
            {t('selfCheck.start')}
          </button>
        </StepNav>
      </StepForm>
      {props.renderOpen?.(onOpen)}
    </>
  );
}
