// How to reach an organisation and when: call buttons made from the number they dial, other ways in,
// the steps to find a chat, and the hours, each with its dated reference.
import type { Contact, Hours, Organisation } from '../../content/schema.ts';
import type { T } from '../../i18n/index.ts';
import { telHref } from '../../content/phone.ts';
import { heading, type Level } from './heading.ts';
import { DatedNote, SourceRef } from './Sources.tsx';
import { useLang } from '../../ui/lang.ts';

/** The text on a call button, made from the number itself: "Bel 0800-2000". */
export function phoneLabel(number: string, t: T): string {
  return t('organisations.call', { number });
}

/**
 * A way to get in touch. A phone number is a call button whose text is made from the number it dials.
 * Other links open in the same tab: a tab left open on an organisation's site would survive the quick
 * exit (docs/DECISIONS.md, "Links to other websites open in the same tab, in the app's place").
 */
export function ContactLink({ contact, t }: { contact: Contact; t: T }) {
  const lang = useLang();
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

function HoursLine({ org, hours, t, dated }: { org: Organisation; hours: Hours; t: T; dated?: boolean }) {
  const lang = useLang();
  const Ref = dated ? DatedNote : SourceRef;
  return (
    <li>
      {'open' in hours ? t('organisations.hoursOpen') : hours.text[lang]} <Ref org={org} source={hours.source} t={t} />
    </li>
  );
}

/**
 * How to reach them and when. Offline, a note appears (a class on <html>, see src/ui/online.ts):
 * calling still works, chat and websites do not. `compact` is the same in a panel of several
 * organisations: no headings, the way to the chat in one line, and each line's source by its date
 * (the numbered source list is not on that page).
 */
export function ContactBlock({
  org,
  t,
  level = 3,
  compact = false,
}: {
  org: Organisation;
  t: T;
  level?: Level;
  compact?: boolean;
}) {
  const lang = useLang();
  const H = heading(level);
  const howToFind = org.howToFind;
  const hasPhone = org.contact.some((c) => c.type === 'phone');
  const hasWeb = org.contact.some((c) => c.type !== 'phone');
  const links = (which: (c: Contact) => boolean) => {
    const list = org.contact.filter(which);
    return (
      list.length > 0 && (
        <ul class="contacts">
          {list.map((c) => (
            <li key={c.value}>
              <ContactLink contact={c} t={t} />
              {/* In a panel, the hours carry the date; each contact's source is on the card and the page. */}
              {!compact && (
                <>
                  {' '}
                  <SourceRef org={org} source={c.source} t={t} />
                </>
              )}
            </li>
          ))}
        </ul>
      )
    );
  };
  const when = (
    <ul class={compact ? 'org-lines org-when' : 'org-lines'}>
      {org.hours.map((h, i) => (
        <HoursLine key={i} org={org} hours={h} t={t} dated={compact} />
      ))}
    </ul>
  );
  const offline = hasWeb && (
    <p class="offline-note" role="note">
      {t(hasPhone ? 'organisations.offlinePhone' : 'organisations.offlineWeb')}
    </p>
  );
  if (compact) {
    // A number and when it answers first; then the chat and the way to it (and, without a number, when).
    return (
      <div class="org-contact org-contact--compact">
        {links((c) => c.type === 'phone')}
        {hasPhone && when}
        {links((c) => c.type !== 'phone')}
        {offline}
        {howToFind && (
          <p class="org-find">
            {t('organisations.howToFind')} {howToFind[lang].join(' ')}
          </p>
        )}
        {!hasPhone && when}
      </div>
    );
  }
  return (
    <div class="org-contact">
      <H>{t('organisations.contact')}</H>
      {links(() => true)}
      {offline}
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
      {when}
    </div>
  );
}
