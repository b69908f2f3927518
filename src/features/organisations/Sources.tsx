// Where an organisation's facts come from: a small dated reference after each line ("bron 1, juni 2026")
// and every source listed once, numbered in the order of `sources` in its content file.
import type { Organisation, Source } from '../../content/schema.ts';
import type { T } from '../../i18n/index.ts';
import { formatDate } from '../../ui/format.ts';
import { heading, type Level } from './heading.ts';
import { useLang } from '../../ui/lang.ts';

/** A source's number on this organisation's card: the order of `sources` in its content file. */
function sourceNumber(org: Organisation, key: string): number {
  return Object.keys(org.sources).indexOf(key) + 1;
}

/**
 * A quiet footnote number after a line: which source it comes from, listed with its date under
 * "Bronnen". A screen reader hears the whole reference ("bron 2, juni 2026"); the eye sees a small 2.
 */
export function SourceRef({ org, source, t }: { org: Organisation; source: string; t: T }) {
  const lang = useLang();
  // Every reference names a source of its file (load.ts checks it); the type cannot say so.
  const s = org.sources[source];
  if (!s) return null;
  const n = sourceNumber(org, source);
  const text =
    s.date === 'ongedateerd'
      ? t('organisations.refUndated', { n })
      : t('organisations.ref', { n, date: formatDate(s.date, lang) });
  return (
    <sup class="source-ref source-ref--note">
      <span aria-hidden="true">{n}</span>
      <span class="visually-hidden">({text})</span>
    </sup>
  );
}

/** "(bron van februari 2021)": the age of a fact where the numbered source list is not on the page. */
export function DatedNote({ org, source, t }: { org: Organisation; source: string; t: T }) {
  const lang = useLang();
  const date = org.sources[source]?.date;
  if (!date) return null;
  const text =
    date === 'ongedateerd' ? t('organisations.datedNone') : t('organisations.dated', { date: formatDate(date, lang) });
  return <span class="source-ref">({text})</span>;
}

/** A web address as people write it: "rijksoverheid.nl/onderwerpen/…", without https:// or www. */
export const bareAddress = (url: string): string => url.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '');

/** One source: its name, its date (or "webpagina zonder datum" and when it was read) and its address. */
export function SourceLine({ source: s, t }: { source: Source; t: T }) {
  const lang = useLang();
  return (
    <>
      {s.date === 'ongedateerd'
        ? t('organisations.sourceUndated', { name: s.name, read: formatDate(s.read ?? '', lang) })
        : t('organisations.source', { name: s.name, date: formatDate(s.date, lang) })}
      {s.url && (
        <>
          {' '}
          <span class="source-url">{bareAddress(s.url)}</span>
        </>
      )}
    </>
  );
}

/** Every source of the organisation, once each, numbered as the references on the card. */
export function SourceList({ org, t, level = 3 }: { org: Organisation; t: T; level?: Level }) {
  const H = heading(level);
  return (
    <div class="org-sources">
      <H>{t('organisations.sources')}</H>
      <ol class="source-list">
        {Object.entries(org.sources).map(([key, s]) => (
          <li key={key}>
            <SourceLine source={s} t={t} />
          </li>
        ))}
      </ol>
    </div>
  );
}
