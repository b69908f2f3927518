// The save panel under the self-check's result and under the plan's steps. Its code comes with those
// steps (their `more`, src/ui/later.tsx), which have loaded by the time it shows. A failing panel must
// not take the result (and the answers) with it: it has its own boundary.
import type { ComponentProps } from 'preact';
import type { Later } from '../../ui/later.tsx';
import { ErrorBoundary } from '../../ui/Island.tsx';
import type { SavePanel } from './SavePanel.tsx';

export function SaveLater({
  more,
  t,
  ...panel
}: ComponentProps<typeof SavePanel> & { more: Later<{ SavePanel: typeof SavePanel }> }) {
  const Panel = more.value?.SavePanel;
  return Panel ? (
    <ErrorBoundary fallback={<p role="alert">{t('selfCheck.save.error')}</p>}>
      <Panel t={t} {...panel} />
    </ErrorBoundary>
  ) : null;
}
