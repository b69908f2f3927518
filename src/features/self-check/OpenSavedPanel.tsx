// Opening answers saved earlier, on the self-check's start screen; "Mijn plan" opens its own record with
// it, with its own check of what was read back and a few texts of its own.
import { useEffect, useState } from 'preact/hooks';
import type { T } from '../../i18n/index.ts';
import type { Questions } from '../../content/schema.ts';
import { hasSavedRecord, type RecordId } from '../../storage/exists.ts';
import { within } from '../../storage/within.ts';
import { onForget } from '../../ui/forget.ts';
import { loadStore, SAVE_LIMIT_MS, savedValidator, type SavedSelfCheck } from './saved.ts';
import { DeleteButton } from './DeleteButton.tsx';
import { secretField } from './secret.ts';

type OpenState = 'hidden' | 'ready' | 'busy' | 'wrong' | 'damaged' | 'failed' | 'deleted';

export interface OpenSavedProps<V> {
  t: T;
  /** For the self-check's own check of saved answers. */
  questions?: Questions;
  onOpen: (value: V) => void;
  record?: RecordId;
  /** The check of what was read back, for another record than the self-check's. */
  isValid?: (x: unknown) => x is V;
  /** What must have loaded before `isValid` can check (Mijn plan: which steps there are). */
  prepare?: () => Promise<unknown>;
  texts?: { title: string; intro: string; delete: string };
}

/** On the start screen, only when answers were saved earlier (checked without creating a database). */
export function OpenSavedPanel<V = SavedSelfCheck>({
  t,
  questions,
  onOpen,
  record = 'zelfcheck',
  isValid,
  prepare,
  texts = { title: t('selfCheck.open.title'), intro: t('selfCheck.open.intro'), delete: t('selfCheck.save.delete') },
}: OpenSavedProps<V>) {
  const [state, setState] = useState<OpenState>('hidden');
  const [passphrase, setPassphrase] = useState('');
  useEffect(() => {
    void hasSavedRecord(record).then((saved) => saved && setState('ready'));
    return onForget(() => setPassphrase(''));
  }, [record]);
  if (state === 'hidden') return null;
  const validate =
    isValid ?? (savedValidator(questions ?? { self: [], relative: [] }) as unknown as (x: unknown) => x is V);

  const submit = async () => {
    setState('busy');
    const result = await within(SAVE_LIMIT_MS, async () => {
      await prepare?.();
      return (await loadStore()).loadEncrypted(passphrase, validate, record);
    }).catch(() => ({ ok: false, reason: 'failed' }) as const);
    setPassphrase('');
    if (result.ok) onOpen(result.value);
    else setState(result.reason === 'wrong-passphrase' ? 'wrong' : result.reason === 'failed' ? 'failed' : 'damaged');
  };

  return (
    <section class="panel" aria-labelledby="open-title">
      <h3 id="open-title">{texts.title}</h3>
      {state === 'deleted' ? (
        <p role="status">{t('selfCheck.save.deleted')}</p>
      ) : state === 'damaged' ? (
        <>
          <p role="alert">{t('selfCheck.open.damaged')}</p>
          <DeleteButton t={t} record={record} label={texts.delete} onDeleted={() => setState('deleted')} />
        </>
      ) : (
        <div class="open-saved">
          <p>{texts.intro}</p>
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
            <DeleteButton t={t} record={record} label={texts.delete} onDeleted={() => setState('deleted')} />
          </div>
        </div>
      )}
    </section>
  );
}
