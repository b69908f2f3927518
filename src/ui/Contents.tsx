import type { Page } from '../content/schema.ts';
import type { T } from '../i18n/index.ts';
import { useLang } from './lang.ts';

/** A list of a long page's sections at its top (only sections with an id get an entry). */
export function Contents({ page, t, extra = [] }: { page: Page; t: T; extra?: Array<{ id: string; label: string }> }) {
  const lang = useLang();
  const entries = [...page.sections.flatMap((s) => (s.id ? [{ id: s.id, label: s.heading[lang] }] : [])), ...extra];
  return (
    <nav class="contents" aria-labelledby="contents-title">
      <h2 id="contents-title" class="contents__title">
        {t('contents.title')}
      </h2>
      <ul>
        {entries.map((e) => (
          <li key={e.id}>
            <a href={`#${e.id}`}>{e.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
