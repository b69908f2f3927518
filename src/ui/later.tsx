// What a later step of an island needs (a result's code and the organisations, say) loads when that step
// comes, not with the page: every interactive page stays within its JavaScript budget (scripts/size.mjs).
// The island preloads it as soon as the visitor starts answering, so the step seldom waits; the service
// worker precaches every chunk, so offline nothing changes. If it cannot load, the step shows a calm
// message with a way on, and the answers stay: they live in the island's state, not in the step.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren, RefObject } from 'preact';
import type { T } from '../i18n/index.ts';
import { WayOn } from './Island.tsx';

/** Something loaded once, on first use: code, content, or both. */
export interface Later<V> {
  /** The value once loaded, else undefined. */
  readonly value: V | undefined;
  /** Loads it (once; after a failure, again). */
  get(): Promise<V>;
  /** Starts loading without waiting; a failure shows only where the value is needed. */
  preload(): void;
}

export function later<V>(load: () => Promise<V>): Later<V> {
  let value: V | undefined;
  let pending: Promise<V> | undefined;
  const get = () =>
    (pending ??= load().then(
      (v) => (value = v),
      (error: unknown) => {
        pending = undefined; // a later try may succeed (the connection came back)
        throw error;
      },
    ));
  return {
    get value() {
      return value;
    },
    get,
    preload: () => void get().catch(() => undefined),
  };
}

/** A Later that is already there (tests, and content an island loaded with its code). */
export function ready<V>(value: V): Later<V> {
  return { value, get: () => Promise.resolve(value), preload: () => undefined };
}

/**
 * The value of `what`, loading it once `wanted` (at once when it is already there), and re-rendering
 * when it comes; `failed` after a failed load, `retry` tries again.
 */
export function useLoaded<V>(what: Later<V>, wanted = true) {
  const [failed, setFailed] = useState(false);
  const [, setLoaded] = useState(0);
  useLayoutEffect(() => {
    if (!wanted || what.value !== undefined || failed) return;
    let live = true;
    what.get().then(
      () => live && setLoaded((n) => n + 1),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [what, wanted, failed]);
  return { value: what.value, failed, retry: () => setFailed(false) };
}

/**
 * Renders `children(value)` once `what` has loaded: at once when it already has. Meanwhile, or after a
 * failed load, <Waiting> in its place.
 */
export function WhenLoaded<V>({
  what,
  t,
  heading,
  children,
}: {
  what: Later<V>;
  t: T;
  heading?: RefObject<HTMLHeadingElement | null>;
  children: (value: V) => ComponentChildren;
}) {
  const { value, failed, retry } = useLoaded(what);
  return value !== undefined ? (
    <>{children(value)}</>
  ) : (
    <Waiting t={t} heading={heading} failed={failed} onRetry={retry} />
  );
}

/**
 * In place of a step whose code or content is still loading: a short line that holds the step's
 * heading ref, so focus that follows the step lands on it (and moves on to the real heading when it
 * comes, see useHeadingHandOver). If loading failed: a calm message, "Opnieuw proberen" and a way on.
 */
export function Waiting({
  t,
  heading,
  failed,
  onRetry,
}: {
  t: T;
  heading?: RefObject<HTMLHeadingElement | null>;
  failed: boolean;
  onRetry: () => void;
}) {
  const ref = useHeadingHandOver(heading);
  if (failed)
    return (
      <div class="panel" data-step data-later-error>
        <h2 ref={ref} tabIndex={-1}>
          {t('later.failed')}
        </h2>
        <p role="alert">{t('later.kept')}</p>
        <WayOn t={t} label={t('later.retry')} onClick={onRetry} />
      </div>
    );
  return (
    <div data-step data-later-waiting>
      <h2 ref={ref} tabIndex={-1} class="muted">
        {t('later.loading')}
      </h2>
    </div>
  );
}

/**
 * The waiting line's heading takes the step's heading ref; when the line leaves with focus on it,
 * focus moves to the heading that took the ref over (the loaded step's), in the same frame.
 */
function useHeadingHandOver(heading?: RefObject<HTMLHeadingElement | null>) {
  const own = useRef<HTMLHeadingElement | null>(null);
  useLayoutEffect(
    () => () => {
      const mine = own.current;
      if (!heading || !mine || document.activeElement !== mine) return;
      // The loaded step renders in the same commit; its heading has the ref by the next frame at the latest.
      const hand = () => {
        const lost = !document.activeElement || document.activeElement === document.body;
        if (lost && heading.current && heading.current !== mine) heading.current.focus({ preventScroll: true });
      };
      queueMicrotask(hand);
      requestAnimationFrame(hand);
    },
    [heading],
  );
  return (el: HTMLHeadingElement | null) => {
    if (el) {
      own.current = el;
      if (heading) heading.current = el;
    } else if (heading && heading.current === own.current) heading.current = null;
  };
}
