// The card of one organisation, used by the help finder's result, the self-check's result and the
// urgent-help blocks. The organisation pages use the same parts (OrgParts.tsx).
import type { ComponentChildren } from 'preact';
import type { Audience, Organisation } from '../../content/schema.ts';
import type { T } from '../../i18n/index.ts';
import { ContactBlock, MoreParts, SourceRef, WhatHappens, heading, type Level } from './OrgParts.tsx';
import { useLang } from '../../ui/lang.ts';

/**
 * One organisation as a card: the name; how to reach them and when; why it fits (`reason`); what
 * happens when you get in touch; then the rest inside a native <details>, so reading more never
 * leaves the page (a result lives in memory and would be lost by a link).
 */
export function OrganisationCard({
  org,
  t,
  audience,
  reason,
  level = 3,
}: {
  org: Organisation;
  t: T;
  audience?: Audience;
  reason?: ComponentChildren;
  level?: 2 | 3 | 4;
}) {
  const lang = useLang();
  const H = heading(level);
  const sub = (level + 1) as Level;
  const words = audience ? org.audiences?.[audience] : undefined;
  return (
    <div class="org-card">
      <H class="org-card__name">{org.name[lang]}</H>
      {words && (
        <p class="org-card__lead">
          {words.lead[lang]} <SourceRef org={org} source={words.source} t={t} />
        </p>
      )}
      <ContactBlock org={org} t={t} level={sub} />
      {reason !== undefined && <div class="org-card__reason">{reason}</div>}
      <WhatHappens org={org} t={t} level={sub} />
      {words?.notNow && <p class="org-card__not-now">{words.notNow[lang]}</p>}
      <details class="org-card__more">
        <summary>{t('organisations.more', { name: org.name[lang] })}</summary>
        <MoreParts org={org} t={t} level={sub} />
      </details>
    </div>
  );
}
