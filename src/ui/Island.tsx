import type { ComponentChildren } from 'preact';
import type { Lang } from '../i18n/index.ts';

/**
 * Where an interactive part of a page will render (src/islands.ts), with what the page shows without
 * JavaScript: why the part needs it, and a way on without it.
 */
export function Island({ name, lang, noScript, children }: { name: string; lang: Lang; noScript: string; children: ComponentChildren }) {
  return (
    <div data-island={name} data-lang={lang}>
      <p class="notice">{noScript}</p>
      <p>{children}</p>
    </div>
  );
}
