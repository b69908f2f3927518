import type { Organisations } from '../../content/types.ts';
import type { Audience } from '../../content/schema.ts';
import type { OrganisationId } from '../../logic/organisations.ts';
import type { T } from '../../i18n/index.ts';
import { defaultLang } from '../../i18n/languages.ts';
import { ContactBlock } from './Contact.tsx';
import { useLang } from '../../ui/lang.ts';

/**
 * A calm panel of several organisations, each with its name, one line on what it is for (in the words
 * for this audience where the content has them), and how to reach it and when. Used for help for right
 * now, and for the first contact at the top of every result: a voice to call before any reading.
 */
export function UrgentHelp({
  ids,
  organisations,
  t,
  title,
  intro,
  audience,
  urgent,
  level = 2,
  tone = 'urgent',
}: {
  ids: readonly OrganisationId[];
  organisations: Organisations;
  t: T;
  title: string;
  intro?: string;
  audience?: Audience;
  /** Which of them are help for right now (marked as such inside a "plain" panel). */
  urgent?: readonly OrganisationId[];
  level?: 2 | 3;
  /** "plain" for contacts that are not only about right now (advice, the first contact). */
  tone?: 'urgent' | 'plain';
}) {
  const lang = useLang();
  const H = `h${level}` as const;
  const Name = `h${level + 1}` as 'h3' | 'h4';
  return (
    <section class={tone === 'urgent' ? 'panel panel--urgent' : 'panel panel--help'} aria-label={title}>
      <H class="panel__title">{title}</H>
      {/* The intro is a live region: it is announced when the panel appears during a questionnaire. */}
      {intro && <p role="status">{intro}</p>}
      <ul class="urgent-list">
        {ids.map((id) => {
          const org = organisations[id];
          // One line in the words for this visitor where the content has them; what it is for otherwise.
          const line = (audience && org.audiences?.[audience]?.short) ?? org.short;
          return (
            <li key={id} class={tone === 'plain' && urgent?.includes(id) ? 'urgent-list__now' : undefined}>
              <Name class="urgent-list__name">{org.name[lang]}</Name>
              <p>{line[lang]}</p>
              <ContactBlock org={org} t={t} compact />
            </li>
          );
        })}
      </ul>
      {/* In the source language this goes without saying; in any other, say it before someone calls. */}
      {lang !== defaultLang && <p class="hint">{t('organisations.languageNote')}</p>}
    </section>
  );
}
