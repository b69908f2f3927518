// "Wat speelt er?": the checklist of situations for the role.
import { itemsFor, type Answer, type SituationItem } from '../../logic/index.ts';
import type { ScreenProps } from './types.ts';
import { useLang } from '../../ui/lang.ts';

/**
 * "Wat speelt er?": one checkbox per situation that applies to the role, least heavy first. A ticked
 * item can be marked "not sure", which counts as "weet ik niet" (no, but shown under "als het zo blijkt").
 */
export function Checklist({ t, texts, state, heading, onAnswers }: ScreenProps) {
  const lang = useLang();
  const { answers } = state;
  const role = answers.role ?? 'self';
  const set = (item: SituationItem, value: Answer) =>
    onAnswers({ ...answers, items: { ...answers.items, [item]: value } });
  return (
    <fieldset class="checklist" aria-describedby="situations-hint">
      <legend>
        <h2 ref={heading} tabIndex={-1}>
          {texts.situations.question[lang]}
        </h2>
      </legend>
      <p id="situations-hint" class="hint">
        {texts.situations.hint[lang]}
      </p>
      {itemsFor(role).map((item) => {
        const value = answers.items[item];
        const ticked = value === 'yes' || value === 'unknown';
        return (
          <div key={item} class="checklist__item">
            <label class="choice">
              <input
                type="checkbox"
                autocomplete="off"
                name={item}
                checked={ticked}
                onChange={(e) => set(item, e.currentTarget.checked ? 'yes' : 'no')}
              />
              <span>{texts.situations.items[item][role][lang]}</span>
            </label>
            {answers.prefilled?.includes(item) && <p class="note">{t('finder.prefilled')}</p>}
            {ticked && (
              <label class="choice choice--sub">
                <input
                  type="checkbox"
                  autocomplete="off"
                  name={`${item}-unsure`}
                  checked={value === 'unknown'}
                  onChange={(e) => set(item, e.currentTarget.checked ? 'unknown' : 'yes')}
                />
                <span>{t('finder.notSure')}</span>
              </label>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
