import type { Contact, Organisation, Source } from '../../content/schema.ts';
import type { Lang, T } from '../../i18n/index.ts';
import { telHref } from '../../content/phone.ts';
import { formatDate } from '../../ui/format.ts';

/** "Bron: politie.nl, 2021": every fact shows where it comes from and how old that source is. */
export function SourceNote({ source, lang, t }: { source: Source; lang: Lang; t: T }) {
  const text =
    source.date === 'ongedateerd'
      ? t('organisations.sourceUndated', { name: source.name, read: formatDate(source.read ?? '', lang) })
      : t('organisations.source', { name: source.name, date: formatDate(source.date, lang) });
  return <span class="source">{text}</span>;
}

/** A way to get in touch: phone numbers are tap-to-call, other links open outside the app. */
export function ContactLink({ contact, lang, t }: { contact: Contact; lang: Lang; t: T }) {
  if (contact.type === 'phone') {
    return (
      <a class="button contact contact--phone" href={telHref(contact.value)}>
        {contact.label[lang]}
      </a>
    );
  }
  return (
    <a class="button button--secondary contact" href={contact.value} target="_blank" rel="noreferrer noopener">
      {contact.label[lang]} <span class="visually-hidden">{t('organisations.outside')}</span>
    </a>
  );
}

/** Contact, facts and "what happens next" of one organisation, each with its source. */
export function OrganisationDetails({ org, lang, t, level = 2 }: { org: Organisation; lang: Lang; t: T; level?: 2 | 3 | 4 | 5 }) {
  const H = `h${level}` as const;
  const src = (key: string) => org.sources[key]!;
  return (
    <>
      <H>{t('organisations.contact')}</H>
      <ul class="contacts">
        {org.contact.map((c) => (
          <li key={c.value}>
            <ContactLink contact={c} lang={lang} t={t} />
            <SourceNote source={src(c.source)} lang={lang} t={t} />
          </li>
        ))}
      </ul>
      {org.facts.length > 0 && (
        <>
          <H>{t('organisations.facts')}</H>
          <dl class="facts">
            {org.facts.map((fact, i) => (
              <div key={i}>
                <dt>{t(`organisations.topic.${fact.topic}`)}</dt>
                {'open' in fact ? (
                  <dd>{fact.topic === 'hours' ? t('organisations.hoursOpen') : t('organisations.openDetail')}</dd>
                ) : (
                  <dd>
                    {fact.text[lang]} <SourceNote source={src(fact.source)} lang={lang} t={t} />
                  </dd>
                )}
              </div>
            ))}
          </dl>
        </>
      )}
      <H>{t('organisations.whatHappens')}</H>
      <ul>
        {org.whatHappens.map((w, i) => (
          <li key={i}>
            {w.text[lang]} <SourceNote source={src(w.source)} lang={lang} t={t} />
          </li>
        ))}
        <li>{t('organisations.always')}</li>
      </ul>
    </>
  );
}
