import type { T } from '../../i18n/index.ts';
import { NEUTRAL_SITE } from './neutral.ts';

/**
 * The quick exit as prerendered HTML: a plain link first, so it works before (and without) any
 * script; quick-exit.ts adds the instant exit, the keyboard shortcuts and the dots.
 * The texts the script needs travel as data attributes, so the script ships no dictionary. Its
 * announcements go to the live region in index.html, outside the page that the exit hides.
 */
export function QuickExit({ t }: { t: T }) {
  return (
    <div
      class="quick-exit"
      data-neutral-title={t('quickExit.neutralTitle')}
      data-left-2={t('quickExit.pressesLeft', { count: 2 })}
      data-left-1={t('quickExit.pressesLeft', { count: 1 })}
      data-expired={t('quickExit.expired')}
      data-leaving={t('quickExit.leaving')}
    >
      <a
        class="quick-exit__button"
        href={NEUTRAL_SITE}
        data-quick-exit
        rel="noreferrer noopener"
        aria-label={t('quickExit.accessibleName')}
      >
        {t('quickExit.label')}
      </a>
      <span class="quick-exit__dots" aria-hidden="true">
        <span />
        <span />
        <span />
      </span>
    </div>
  );
}
