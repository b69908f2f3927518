// The route card: where to go, on one printed A4, written to the person who takes it home ("je").
// Hidden on screen; the print stylesheet shows only this. Nothing about the visitor or client is on
// it (no answers, no situation), and nothing on it names the topic from the outside: the title is
// neutral and the card asks to fold the printed side inwards. Each organisation's lines come from
// content (its hours, its first "what happens" line, how to find Onder Controle's chat). The way to a
// chat that has to be found in words (content's `howToFind`: Onder Controle) is on every card, also
// when the result did not list it. At the bottom, lines for the professional to write on: their name,
// their number and the next appointment. The print stylesheet fills the A4 with it.
import type { Routing } from '../../content/schema.ts';
import type { Organisations } from '../../content/types.ts';
import type { T } from '../../i18n/index.ts';
import type { Recommendation } from '../../logic/index.ts';
import { telHref } from '../../content/phone.ts';
import { formatDate } from '../../ui/format.ts';
import { useLang } from '../../ui/lang.ts';
import { bareAddress } from '../organisations/Sources.tsx';

/** "https://www.fier.nl/" → "fier.nl": a web address as people type it. */

export function RouteCard(props: {
  recommendations: Recommendation[];
  organisations: Organisations;
  /** Not shown: the reasons are worded for the help finder's screen, not for the person at home. */
  routing?: Routing;
  t: T;
  today: string;
}) {
  const { recommendations, organisations, t, today } = props;
  const lang = useLang();
  const listed = recommendations.map((r) => r.organisation);
  const toFind = Object.values(organisations)
    .filter((o) => o.howToFind && !listed.includes(o.id))
    .map((o) => o.id);
  return (
    <section class="route-card" aria-label={t('routeCard.title')}>
      <p class="route-card__fold">{t('routeCard.fold')}</p>
      <h2>{t('routeCard.title')}</h2>
      <p>{t('routeCard.intro')}</p>
      <p class="route-card__urgent">
        {t('emergency.text')}{' '}
        <a class="route-card__number" href="tel:112">
          {t('emergency.call')}
        </a>
      </p>
      <ol>
        {[...listed, ...toFind].map((id) => {
          const o = organisations[id];
          const phones = o.contact.filter((c) => c.type === 'phone');
          const web = o.contact.filter((c) => c.type !== 'phone');
          const steps = o.howToFind?.[lang];
          return (
            <li key={o.id}>
              <h3>{o.name[lang]}</h3>
              <p class="route-card__numbers">
                {phones.map((c) => (
                  <a key={c.value} class="route-card__number" href={telHref(c.value)}>
                    {c.value}
                  </a>
                ))}
                {web.map((c) => (
                  <span key={c.value} class="route-card__web">
                    {bareAddress(c.value)}
                  </span>
                ))}
              </p>
              <p>{o.hours.map((h) => ('open' in h ? t('organisations.hoursOpen') : h.text[lang])).join(' ')}</p>
              {steps && <p>{t('routeCard.howToFind', { steps: steps.join(' ') })}</p>}
              <p>{o.whatHappens[0].text[lang]}</p>
            </li>
          );
        })}
      </ol>
      <p>{t('organisations.always')}</p>
      <p>{t('routeCard.doubt')}</p>
      <div class="route-card__lines">
        <p class="route-card__lines-title">{t('routeCardLines.title')}</p>
        {(['name', 'phone', 'next'] as const).map((line) => (
          <p key={line} class="route-card__line">
            {t(`routeCardLines.${line}`)}
          </p>
        ))}
      </div>
      <p class="route-card__meta">
        {t('routeCard.made', { date: formatDate(today, lang) })} {t('routeCard.sources')}
      </p>
    </section>
  );
}
