// The parts of an organisation's card and page: how to reach them and when, what happens when you get
// in touch, and the rest inside "Meer over …". Every line carries a small dated reference ("bron 1,
// juni 2026"); each source itself is listed once, at the end. Static markup only: these parts are
// prerendered on pages that load no component script, and rendered by the questionnaires' islands.
import type { Audience, Organisation } from '../../content/schema.ts';
import type { ComponentChildren } from 'preact';
import type { T } from '../../i18n/index.ts';
import { heading, type Level } from './heading.ts';
import { SourceList, SourceRef } from './Sources.tsx';
import { ContactBlock } from './Contact.tsx';
import { useLang } from '../../ui/lang.ts';

// The parts live one kind per file; the cards and pages import them from here.
export { heading, type Level } from './heading.ts';
export { DatedNote, SourceList, SourceRef } from './Sources.tsx';
export { ContactBlock, ContactLink, phoneLabel } from './Contact.tsx';

/** Short lines about an organisation, each with the reference to its source; `children` go last. */
function SourcedLines({
  org,
  lines,
  t,
  children,
}: {
  org: Organisation;
  lines: Organisation['more'];
  t: T;
  children?: ComponentChildren;
}) {
  const lang = useLang();
  return (
    <ul class="org-lines">
      {lines.map((line, i) => (
        <li key={i}>
          {line.text[lang]} <SourceRef org={org} source={line.source} t={t} />
        </li>
      ))}
      {children}
    </ul>
  );
}

/** What happens when you get in touch, in a few short lines, ending with what is true of any contact. */
export function WhatHappens({ org, t, level = 3 }: { org: Organisation; t: T; level?: Level }) {
  const H = heading(level);
  return (
    <div class="org-happens">
      <H>{t('organisations.whatHappens')}</H>
      <SourcedLines org={org} lines={org.whatHappens} t={t}>
        <li>{t('organisations.always')}</li>
      </SourcedLines>
    </div>
  );
}

/** The facts that do not fit on the card's first lines, each with its source. */
function MoreFacts({ org, t, level }: { org: Organisation; t: T; level: Level }) {
  if (org.more.length === 0) return null;
  const H = heading(level);
  return (
    <>
      <H>{t('organisations.moreFacts')}</H>
      <SourcedLines org={org} lines={org.more} t={t} />
    </>
  );
}

/** Who it is for, the remaining details and the sources. */
export function MoreParts({ org, t, level }: { org: Organisation; t: T; level: Level }) {
  const lang = useLang();
  const H = heading(level);
  return (
    <>
      <p>{org.short[lang]}</p>
      <H>{t('organisations.forWhom')}</H>
      <p>{org.forWhom[lang]}</p>
      <MoreFacts org={org} t={t} level={level} />
      <SourceList org={org} t={t} level={level} />
    </>
  );
}

/** An organisation's own page: the same parts as the card, with nothing folded away. */
export function OrganisationFull({ org, t, audience }: { org: Organisation; t: T; audience?: Audience }) {
  const lang = useLang();
  const words = audience ? org.audiences?.[audience] : undefined;
  return (
    <>
      <ContactBlock org={org} t={t} level={2} />
      <WhatHappens org={org} t={t} level={2} />
      {words?.notNow && <p class="org-card__not-now">{words.notNow[lang]}</p>}
      <h2>{t('organisations.forWhom')}</h2>
      <p>{org.forWhom[lang]}</p>
      <MoreFacts org={org} t={t} level={2} />
      <SourceList org={org} t={t} level={2} />
    </>
  );
}
