// The way to open answers (or a plan) saved earlier, on a start screen. Most visitors saved nothing, so
// the panel's code (passphrase, decryption, the checks) loads only when a record is there: the check
// itself needs neither Dexie nor a new database (src/storage/exists.ts).
import { useEffect, useState } from 'preact/hooks';
import type { VNode } from 'preact';
import { hasSavedRecord } from '../../storage/exists.ts';
import type { OpenSavedProps } from './OpenSavedPanel.tsx';
import type { SavedSelfCheck } from './saved.ts';

type Panel = <V>(props: OpenSavedProps<V>) => VNode | null;

export function OpenSaved<V = SavedSelfCheck>(props: OpenSavedProps<V>) {
  const [Panel, setPanel] = useState<{ view: Panel } | null>(null);
  const record = props.record ?? 'zelfcheck';
  useEffect(() => {
    let live = true;
    void hasSavedRecord(record)
      .then((saved) => (saved ? import('./OpenSavedPanel.tsx') : null))
      .then((m) => live && m && setPanel({ view: m.OpenSavedPanel as Panel }))
      // Nothing to open then: the start screen works as for a visitor who saved nothing.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [record]);
  return Panel ? <Panel.view<V> {...props} /> : null;
}
