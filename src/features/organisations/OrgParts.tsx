// The parts of an organisation's card and page: how to reach them and when, what happens when you get
// in touch, and the rest inside "Meer over …". Every line carries a small dated reference ("bron 1,
// juni 2026"); each source itself is listed once, at the end. Static markup only: these parts are
// prerendered on pages that load no component script, and rendered by the questionnaires' islands.
import type { Audience, Contact, Hours, Organisation } from '../../content/schema.ts';
import type { ComponentChildren } from 'preact';
import type { Lang, T } from '../../i18n/index.ts';
import { telHref } from '../../content/phone.ts';
import { formatDate } from '../../ui/format.ts';

export type Level = 2 | 3 | 4 | 5;
export const heading = (level: number) => `h${Math.min(level, 6)}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/** The text on a call button, made from the number itself: "Bel 0800-2000". */
export function phoneLabel(number: string, t: T): string {
  return t('organisations.call', { number });
}

/** A source's number on this organisation's card: the order of `sources` in its content file. */
function sourceNumber(org: Organisation, key: string): number {
  return Object.keys(org.sources).indexOf(key) + 1;
}

/** "(bron 2, juni 2026)": which source a line comes from and how old that source is. */
export function SourceRef({ org, source, lang, t }: { org: Organisation; source: string; lang: Lang; t: T }) {
  // Every reference names a source of its file (load.ts checks it); the type cannot say so.
  const s = org.sources[source];
  if (!s) return null;
  const n = sourceNumber(org, source);
  const text = s.date === 'ongedateerd' ? t('organisations.refUndated', { n }) : t('organisations.ref', { n, date: formatDate(s.date, lang) });
  return <span class="source-ref">({text})</span>;
}

/** "(bron uit februari 2021)": the age of a fact where the numbered source list is not on the page. */
export function DatedNote({ org, source, lang, t }: { org: Organisation; source: string; lang: Lang; t: T }) {
  const date = org.sources[source]?.date;
  if (!date) return null;
  const text = date === 'ongedateerd' ? t('organisations.datedNone') : t('organisations.dated', { date: formatDate(date, lang) });
  return <span class="source-ref">({text})</span>;
}

/**
 * A way to get in touch. A phone number is a call button whose text is made from the number it dials.
 * Other links open in the same tab: a tab left open on an organisation's site would survive the quick
 * exit (docs/DECISIONS.md).
 */
export function ContactLink({ contact, lang, t }: { contact: Contact; lang: Lang; t: T }) {
  if (contact.type === 'phone') {
    return (
      <a class="button contact contact--phone" href={telHref(contact.value)}>
        {phoneLabel(contact.value, t)}
      </a>
    );
  }
  return (
    <a class="button button--secondary contact" href={contact.value} rel="noreferrer noopener">
      {contact.label[lang]} <span class="visually-hidden">{t('organisations.outside')}</span>
    </a>
  );
}

function HoursLine({ org, hours, lang, t }: { org: Organisation; hours: Hours; lang: Lang; t: T }) {
  return (
    <li>
      {'open' in hours ? t('organisations.hoursOpen') : hours.text[lang]} <SourceRef org={org} source={hours.source} lang={lang} t={t} />
    </li>
  );
}

/**
 * How to reach them and when. Offline, a note appears (a class on <html>, see src/ui/online.ts):
 * calling still works, chat and websites do not.
 */
export function ContactBlock({ org, lang, t, level = 3 }: { org: Organisation; lang: Lang; t: T; level?: Level }) {
  const H = heading(level);
  const howToFind = org.howToFind;
  const hasPhone = org.contact.some((c) => c.type === 'phone');
  const hasWeb = org.contact.some((c) => c.type !== 'phone');
  return (
    <div class="org-contact">
      <H>{t('organisations.contact')}</H>
      <ul class="contacts">
        {org.contact.map((c) => (
          <li key={c.value}>
            <ContactLink contact={c} lang={lang} t={t} /> <SourceRef org={org} source={c.source} lang={lang} t={t} />
          </li>
        ))}
      </ul>
      {hasWeb && (
        <p class="offline-note" role="note">
          {t(hasPhone ? 'organisations.offlinePhone' : 'organisations.offlineWeb')}
        </p>
      )}
      {howToFind && (
        <>
          <p class="org-label">{t('organisations.howToFind')}</p>
          <ol class="org-steps">
            {howToFind[lang].map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </>
      )}
      <p class="org-label">{t('organisations.when')}</p>
      <ul class="org-lines">
        {org.hours.map((h, i) => (
          <HoursLine key={i} org={org} hours={h} lang={lang} t={t} />
        ))}
      </ul>
    </div>
  );
}

/** Short lines about an organisation, each with the reference to its source; `children` go last. */
function SourcedLines({ org, lines, lang, t, children }: {
  org: Organisation;
  lines: Organisation['more'];
  lang: Lang;
  t: T;
  children?: ComponentChildren;
}) {
  return (
    <ul class="org-lines">
      {lines.map((line, i) => (
        <li key={i}>
          {line.text[lang]} <SourceRef org={org} source={line.source} lang={lang} t={t} />
        </li>
      ))}
      {children}
    </ul>
  );
}

/** What happens when you get in touch, in a few short lines, ending with what is true of any contact. */
export function WhatHappens({ org, lang, t, level = 3 }: { org: Organisation; lang: Lang; t: T; level?: Level }) {
  const H = heading(level);
  return (
    <div class="org-happens">
      <H>{t('organisations.whatHappens')}</H>
      <SourcedLines org={org} lines={org.whatHappens} lang={lang} t={t}>
        <li>{t('organisations.always')}</li>
      </SourcedLines>
    </div>
  );
}

/** Every source of the organisation, once each, numbered as the references on the card. */
export function SourceList({ org, lang, t, level = 3 }: { org: Organisation; lang: Lang; t: T; level?: Level }) {
  const H = heading(level);
  return (
    <div class="org-sources">
      <H>{t('organisations.sources')}</H>
      <ol class="source-list">
        {Object.entries(org.sources).map(([key, s]) => (
          <li key={key}>
            {s.date === 'ongedateerd'
              ? t('organisations.sourceUndated', { name: s.name, read: formatDate(s.read ?? '', lang) })
              : t('organisations.source', { name: s.name, date: formatDate(s.date, lang) })}
            {s.url && (
              <>
                {' '}
                <span class="source-url">{s.url.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '')}</span>
              </>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The facts that do not fit on the card's first lines, each with its source. */
function MoreFacts({ org, lang, t, level }: { org: Organisation; lang: Lang; t: T; level: Level }) {
  if (org.more.length === 0) return null;
  const H = heading(level);
  return (
    <>
      <H>{t('organisations.moreFacts')}</H>
      <SourcedLines org={org} lines={org.more} lang={lang} t={t} />
    </>
  );
}

/** Who it is for, the remaining details and the sources. */
export function MoreParts({ org, lang, t, level }: { org: Organisation; lang: Lang; t: T; level: Level }) {
  const H = heading(level);
  return (
    <>
      <p>{org.short[lang]}</p>
      <H>{t('organisations.forWhom')}</H>
      <p>{org.forWhom[lang]}</p>
      <MoreFacts org={org} lang={lang} t={t} level={level} />
      <SourceList org={org} lang={lang} t={t} level={level} />
    </>
  );
}

/** An organisation's own page: the same parts as the card, with nothing folded away. */
export function OrganisationFull({ org, lang, t, audience }: { org: Organisation; lang: Lang; t: T; audience?: Audience }) {
  const words = audience ? org.audiences?.[audience] : undefined;
  return (
    <>
      <ContactBlock org={org} lang={lang} t={t} level={2} />
      <WhatHappens org={org} lang={lang} t={t} level={2} />
      {words?.notNow && <p class="org-card__not-now">{words.notNow[lang]}</p>}
      <h2>{t('organisations.forWhom')}</h2>
      <p>{org.forWhom[lang]}</p>
      <MoreFacts org={org} lang={lang} t={t} level={2} />
      <SourceList org={org} lang={lang} t={t} level={2} />
    </>
  );
}
