// "Bewaren op dit apparaat", under the result: only when the visitor chooses it, and then encrypted
// with their own passphrase. "Mijn plan" uses it too, with its own record and a few texts of its own.
import { useEffect, useState } from 'preact/hooks';
import type { T } from '../../i18n/index.ts';
import { canStore } from '../../storage/exists.ts';
import { within } from '../../storage/within.ts';
import { onForget } from '../../ui/forget.ts';
import type { RecordId } from '../../storage/exists.ts';
import { loadStore, passphraseProblem, SAVE_LIMIT_MS, type SavedSelfCheck } from './saved.ts';
import { DeleteButton } from './DeleteButton.tsx';
import { secretField } from './secret.ts';
import type * as Strength from './strength.ts';

type SaveState = 'closed' | 'open' | 'busy' | 'saved' | 'unavailable' | 'failed' | 'deleted';

/** The texts that differ per record; the self-check's by default. */
export interface SaveTexts {
  title: string;
  intro: string;
  saved: string;
  delete: string;
}

export function SavePanel({
  t,
  value,
  record = 'zelfcheck',
  texts = {
    title: t('selfCheck.save.title'),
    intro: t('selfCheck.save.intro'),
    saved: t('selfCheck.save.saved'),
    delete: t('selfCheck.save.delete'),
  },
}: {
  t: T;
  value: SavedSelfCheck | object;
  record?: RecordId;
  texts?: SaveTexts;
}) {
  // canStore() never throws: in some locked-down modes merely reading `indexedDB` does.
  const [state, setState] = useState<SaveState>(() => (canStore() ? 'closed' : 'unavailable'));
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState('');
  useEffect(
    () =>
      onForget(() => {
        setPassphrase('');
        setRepeat('');
      }),
    [],
  );

  // The rule and the suggestion load with the open panel only (strength.ts).
  const [strength, setStrength] = useState<typeof Strength | null>(null);
  const [suggestion, setSuggestion] = useState('');
  const open = state === 'open' || state === 'busy';
  useEffect(() => {
    if (!open || strength) return;
    void import('./strength.ts')
      .then((m) => {
        setStrength(m);
        setSuggestion(m.suggestPassphrase());
      })
      .catch(() => undefined);
  }, [open, strength]);

  const submit = async () => {
    const problem = passphraseProblem(passphrase, repeat, () => false); // at once, before the rule loads
    if (problem) return setError(t(problem === 'guessable' ? 'passphrase.guessable' : `selfCheck.save.${problem}`));
    const loaded = strength ?? (await import('./strength.ts').catch(() => null));
    // Its code could not load (offline without the offline copy, or replaced by a new version): the store's
    // code cannot either, so say that saving failed rather than blame the passphrase.
    if (!loaded) return setState('failed');
    if (passphraseProblem(passphrase, repeat, loaded.isGuessable)) return setError(t('passphrase.guessable'));
    setError('');
    setState('busy');
    const ok = await within(SAVE_LIMIT_MS, async () =>
      (await loadStore()).saveEncrypted(passphrase, value, undefined, record),
    ).catch(() => false);
    setPassphrase('');
    setRepeat('');
    setState(ok ? 'saved' : 'failed');
  };

  return (
    <section class="panel save-panel" aria-labelledby="save-title">
      <h3 id="save-title">{texts.title}</h3>
      {state === 'unavailable' && <p>{t('selfCheck.save.unavailable')}</p>}
      {state === 'closed' && (
        <>
          <p>{texts.intro}</p>
          <button type="button" class="button button--secondary" onClick={() => setState('open')}>
            {t('selfCheck.save.choose')}
          </button>
        </>
      )}
      {(state === 'open' || state === 'busy') && (
        <form
          noValidate
          autocomplete="off"
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <p class="notice">{t('selfCheck.save.warning')}</p>
          <p id="passphrase-help">
            {t('selfCheck.save.passphraseHelp')} {t('passphrase.dontRemember')}
          </p>
          {suggestion && (
            <p class="passphrase-idea" data-passphrase-idea>
              {t('passphrase.idea')} <strong data-suggestion>{suggestion}</strong>{' '}
              <button
                type="button"
                class="button button--secondary"
                onClick={() => strength && setSuggestion(strength.suggestPassphrase())}
              >
                {t('passphrase.another')}
              </button>
            </p>
          )}
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
          <label class="field">
            <span>{t('selfCheck.save.passphrase')}</span>
            <input
              {...secretField()}
              aria-describedby="passphrase-help"
              value={passphrase}
              onInput={(e) => setPassphrase(e.currentTarget.value)}
            />
          </label>
          <label class="field">
            <span>{t('selfCheck.save.repeat')}</span>
            <input {...secretField()} value={repeat} onInput={(e) => setRepeat(e.currentTarget.value)} />
          </label>
          <div class="step-nav">
            <button type="button" class="button button--secondary" onClick={() => setState('closed')}>
              {t('selfCheck.save.cancel')}
            </button>
            <button type="submit" class="button" disabled={state === 'busy'}>
              {state === 'busy' ? t('selfCheck.save.busy') : t('selfCheck.save.submit')}
            </button>
          </div>
        </form>
      )}
      {state === 'saved' && (
        <>
          <p role="status">{texts.saved}</p>
          <DeleteButton t={t} record={record} label={texts.delete} onDeleted={() => setState('deleted')} />
        </>
      )}
      {state === 'failed' && <p role="alert">{t('selfCheck.save.failed')}</p>}
      {state === 'deleted' && <p role="status">{t('selfCheck.save.deleted')}</p>}
    </section>
  );
}
