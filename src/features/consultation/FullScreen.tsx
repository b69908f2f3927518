// "Volledig scherm" for Samen kijken: the whole page (so the quick exit stays on screen) through the
// Fullscreen API, started by the button (browsers allow it only on a user action). Where the browser
// does not allow it (an iPhone, a frame, a refused request), the same button still hides everything of
// the page but the view and the quick exit, and says that the browser's own bars stay. Esc, the
// browser's way out of full screen, also ends it here; the quick exit works in both.
import { useEffect, useState } from 'preact/hooks';
import type { T } from '../../i18n/index.ts';
import { onForget } from '../../ui/forget.ts';

/** On <html> while the view fills the screen (either way): the page's title and intro step aside. */
export const FULL_CLASS = 'consult-full';

type Mode = 'off' | 'full' | 'fallback';

export function FullScreenButton({ t }: { t: T }) {
  const [mode, setMode] = useState<Mode>('off');

  useEffect(() => {
    document.documentElement.classList.toggle(FULL_CLASS, mode !== 'off');
  }, [mode]);

  useEffect(() => {
    // Esc or the browser's own control ended full screen: follow it.
    const onChange = () => setMode((m) => (m === 'full' && !document.fullscreenElement ? 'off' : m));
    document.addEventListener('fullscreenchange', onChange);
    const forget = onForget(() => setMode('off'));
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      forget();
      document.documentElement.classList.remove(FULL_CLASS);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  const toggle = async () => {
    if (mode === 'full' && document.fullscreenElement) {
      await document.exitFullscreen().catch(() => undefined);
      setMode('off');
      return;
    }
    if (mode !== 'off') return setMode('off');
    const root = document.documentElement;
    if (document.fullscreenEnabled && typeof root.requestFullscreen === 'function') {
      try {
        await root.requestFullscreen({ navigationUI: 'hide' });
        return setMode('full');
      } catch {
        // Refused (no user action counted, a policy): the fallback below.
      }
    }
    setMode('fallback');
  };

  return (
    <div class="consult__tools">
      <button
        type="button"
        class="button button--secondary consult__full"
        aria-pressed={mode !== 'off'}
        onClick={() => void toggle()}
      >
        {t('consultView.fullScreen')}
      </button>
      {mode === 'fallback' && (
        <p class="consult__full-note" role="status">
          {t('consultView.fullScreenFallback')}
        </p>
      )}
    </div>
  );
}
