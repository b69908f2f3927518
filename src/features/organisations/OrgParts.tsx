// The parts of an organisation's card and page: how to reach them and when, what happens when you get
// in touch, and the rest inside "Meer over …". Every line carries a small dated reference ("bron 1,
// juni 2026"); each source itself is listed once, at the end. Static markup only: these parts are
// prerendered on pages that load no component script, and rendered by the questionnaires' islands.
import type { Audience, Organisation } from '../../content/schema.ts';
import type { ComponentChildren } from 'preact';
import type { Lang, T } from '../../i18n/index.ts';
import { heading, type Level } from './heading.ts';
import { SourceList, SourceRef } from './Sources.tsx';
import { ContactBlock } from './Contact.tsx';

// The parts live one kind per file; the cards and pages import them from here.
export { heading, type Level } from './heading.ts';
export { DatedNote, SourceList, SourceRef } from './Sources.tsx';
export { ContactBlock, ContactLink, phoneLabel } from './Contact.tsx';

/** Short lines about an organisation, each with the reference to its source; `children` go last. */
function SourcedLines({
  org,
  lines,
  lang,
  t,
  children,
}: {
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
export function OrganisationFull({
  org,
  lang,
  t,
  audience,
}: {
  org: Organisation;
  lang: Lang;
  t: T;
  audience?: Audience;
}) {
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
