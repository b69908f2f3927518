import type { Organisations } from '../../content/types.ts';
import type { OrganisationId } from '../../logic/organisations.ts';
import type { Lang, T } from '../../i18n/index.ts';
import { ContactLink, DatedNote } from './OrgParts.tsx';

/**
 * A calm panel with help (by default: for right now): each organisation's name, what it is for, and how to
 * reach it.
 */
export function UrgentHelp({
  ids,
  organisations,
  lang,
  t,
  title,
  intro,
  level = 2,
  tone = 'urgent',
}: {
  ids: readonly OrganisationId[];
  organisations: Organisations;
  lang: Lang;
  t: T;
  title: string;
  intro?: string;
  level?: 2 | 3;
  /** "plain" for contacts that are not about right now (advice for professionals). */
  tone?: 'urgent' | 'plain';
}) {
  const H = `h${level}` as const;
  return (
    <section class={tone === 'urgent' ? 'panel panel--urgent' : 'panel'} aria-label={title}>
      <H class="panel__title">{title}</H>
      {/* The intro is a live region: it is announced when the panel appears during a questionnaire. */}
      {intro && <p role="status">{intro}</p>}
      <ul class="urgent-list">
        {ids.map((id) => {
          const org = organisations[id];
          return (
            <li key={id}>
              <strong>{org.name[lang]}</strong>
              <p>{org.short[lang]}</p>
              <ul class="contacts">
                {org.contact.map((c) => (
                  <li key={c.value}>
                    <ContactLink contact={c} lang={lang} t={t} />
                  </li>
                ))}
              </ul>
              {org.contact.some((c) => c.type !== 'phone') && (
                <p class="offline-note" role="note">
                  {t(
                    org.contact.some((c) => c.type === 'phone')
                      ? 'organisations.offlinePhone'
                      : 'organisations.offlineWeb',
                  )}
                </p>
              )}
              {/* When they can be reached, so nobody calls a closed line in a crisis. */}
              <ul class="org-lines urgent-when">
                {org.hours.map((h, i) => (
                  <li key={i}>
                    {'open' in h ? t('organisations.hoursOpen') : h.text[lang]}{' '}
                    <DatedNote org={org} source={h.source} lang={lang} t={t} />
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
