// Where the plan's facts come from: a small footnote number after a line, and under the step (or the
// leaving-tonight block) each source it uses, once, with its date or "webpagina zonder datum".
import type { Source } from '../../content/schema.ts';
import type { T } from '../../i18n/index.ts';
import { SourceLine } from '../organisations/Sources.tsx';

/** The keys of the sources these facts use, once each, in the order they are first used. */
export function usedSources(facts: ReadonlyArray<{ source: string }>): string[] {
  return [...new Set(facts.map((f) => f.source))];
}

/** A quiet footnote marker: the number of the source in the list under it. */
export function Ref({ n, t }: { n: number; t: T }) {
  return (
    <sup class="plan-ref">
      <span class="visually-hidden">(</span>
      {n}
      <span class="visually-hidden"> {t('plan.ref', { n })})</span>
    </sup>
  );
}

/** Each source once, numbered as the markers, with its date (or none, and when it was read). */
export function SourceNotes({
  keys,
  sources,
  t,
}: {
  keys: readonly string[];
  sources: Readonly<Record<string, Source>>;
  t: T;
}) {
  if (keys.length === 0) return null;
  return (
    <div class="plan-sources">
      <p class="plan-sources__title">{t('plan.sources')}</p>
      <ol class="source-list">
        {keys.map((key) => {
          const s = sources[key];
          if (!s) return null; // load.ts checks every reference; the type cannot say so
          return (
            <li key={key}>
              <SourceLine source={s} t={t} />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
