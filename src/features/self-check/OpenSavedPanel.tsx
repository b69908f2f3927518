// Opening answers saved earlier, on the self-check's start screen.
import { useEffect, useState } from 'preact/hooks';
import type { T } from '../../i18n/index.ts';
import type { Questions } from '../../content/schema.ts';
import { hasSavedAnswers } from '../../storage/exists.ts';
import { within } from '../../storage/within.ts';
import { onForget } from '../../ui/forget.ts';
import { loadStore, SAVE_LIMIT_MS, savedValidator, type SavedSelfCheck } from './saved.ts';
import { DeleteButton } from './DeleteButton.tsx';
import { secretField } from './secret.ts';

type OpenState = 'hidden' | 'ready' | 'busy' | 'wrong' | 'damaged' | 'failed' | 'deleted';

/** On the start screen, only when answers were saved earlier (checked without creating a database). */
export function OpenSavedPanel({
  t,
  questions,
  onOpen,
}: {
  t: T;
  questions: Questions;
  onOpen: (value: SavedSelfCheck) => void;
}) {
  const [state, setState] = useState<OpenState>('hidden');
  const [passphrase, setPassphrase] = useState('');
  useEffect(() => {
    void hasSavedAnswers().then((saved) => saved && setState('ready'));
    return onForget(() => setPassphrase(''));
  }, []);
  if (state === 'hidden') return null;

  const submit = async () => {
    setState('busy');
    const result = await within(SAVE_LIMIT_MS, async () =>
      (await loadStore()).loadEncrypted(passphrase, savedValidator(questions)),
    ).catch(() => ({ ok: false, reason: 'failed' }) as const);
    setPassphrase('');
    if (result.ok) onOpen(result.value);
    else setState(result.reason === 'wrong-passphrase' ? 'wrong' : result.reason === 'failed' ? 'failed' : 'damaged');
  };

  return (
    <section class="panel" aria-labelledby="open-title">
      <h3 id="open-title">{t('selfCheck.open.title')}</h3>
      {state === 'deleted' ? (
        <p role="status">{t('selfCheck.save.deleted')}</p>
      ) : state === 'damaged' ? (
        <>
          <p role="alert">{t('selfCheck.open.damaged')}</p>
          <DeleteButton t={t} onDeleted={() => setState('deleted')} />
        </>
      ) : (
        <div class="open-saved">
          <p>{t('selfCheck.open.intro')}</p>
          {(state === 'wrong' || state === 'failed') && (
            <p class="error" role="alert">
              {t(state === 'wrong' ? 'selfCheck.open.wrong' : 'selfCheck.open.failed')}
            </p>
          )}
          <label class="field">
            <span>{t('selfCheck.save.passphrase')}</span>
            <input
              {...secretField()}
              value={passphrase}
              onInput={(e) => setPassphrase(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  void submit();
                }
              }}
            />
          </label>
          <div class="step-nav">
            <button type="button" class="button" disabled={state === 'busy'} onClick={() => void submit()}>
              {state === 'busy' ? t('selfCheck.open.busy') : t('selfCheck.open.submit')}
            </button>
            <DeleteButton t={t} onDeleted={() => setState('deleted')} />
          </div>
        </div>
      )}
    </section>
  );
}
