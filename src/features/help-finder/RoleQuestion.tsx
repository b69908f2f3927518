// "Voor wie zoek je hulp?": the first screen, one large choice per role.
import { BackButtonNote, BlockChoice } from '../../ui/step.tsx';
import { roles } from '../../logic/index.ts';
import type { ScreenProps } from './types.ts';
import { useLang } from '../../ui/lang.ts';

export function RoleQuestion({ t, texts, state, error, heading, onAnswers }: ScreenProps) {
  const lang = useLang();
  return (
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
          checked={state.answers.role === r}
          onChange={() => onAnswers({ ...state.answers, role: r })}
          label={texts.role.options[r].label[lang]}
          hint={texts.role.options[r].hint[lang]}
        />
      ))}
      <BackButtonNote t={t} />
    </fieldset>
  );
}
