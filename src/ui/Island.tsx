import { Component, type ComponentChildren } from 'preact';
import type { T } from '../i18n/index.ts';
import { localePath, paths } from '../routes.ts';
import { useLang } from './lang.ts';

/**
 * Where an interactive part of a page will render (src/islands.ts), with what the page shows without
 * JavaScript: why the part needs it, and a way on without it (`children`, a block: a link in a
 * paragraph, or the plan's plain list of steps). When JavaScript runs but the part's code cannot load
 * (a bad connection), src/islands.ts shows the hidden `unavailable` line in place of the first.
 */
export function Island({
  name,
  t,
  noScript,
  children,
  data,
}: {
  name: string;
  t: T;
  noScript: string;
  children: ComponentChildren;
  /** More data attributes the island's mount reads, e.g. the plan's phase. */
  data?: Record<`data-${string}`, string>;
}) {
  const lang = useLang();
  return (
    <div data-island={name} data-lang={lang} {...data}>
      <p class="notice" data-island-notice>
        {noScript}
      </p>
      <p class="notice" data-island-unavailable hidden>
        {t('island.unavailable')}
      </p>
      {children}
    </div>
  );
}

/**
 * Catches an error while rendering its children and shows `fallback` in their place, so one failing
 * part (saving, say) does not take the rest of an island with it. Nothing is logged or sent anywhere.
 */
export class ErrorBoundary extends Component<
  { fallback: ComponentChildren; children: ComponentChildren },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch() {
    this.setState({ failed: true });
  }
  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** The outermost boundary of an island: says what went wrong and offers a way on. */
export function IslandBoundary({ t, children }: { t: T; children: ComponentChildren }) {
  const lang = useLang();
  return (
    <ErrorBoundary
      fallback={
        <div class="panel" role="alert" data-island-error>
          <p>{t('island.error')}</p>
          <p>
            <button type="button" class="button" onClick={() => location.reload()}>
              {t('island.reload')}
            </button>
          </p>
          <p>
            <a href={localePath(lang, paths.organisations)}>{t('island.elsewhere')}</a>
          </p>
        </div>
      }
    >
      {children}
    </ErrorBoundary>
  );
}
