// The route card: where to go, on one printed A4, written to the person who takes it home ("je").
// Hidden on screen; the print stylesheet shows only this. Nothing about the visitor or client is on
// it (no answers, no situation), and nothing on it names the topic from the outside: the title is
// neutral and the card asks to fold the printed side inwards. Each organisation's lines come from
// content (its hours, its first "what happens" line, how to find Onder Controle's chat).
import type { Routing } from '../../content/schema.ts';
import type { Organisations } from '../../content/types.ts';
import type { Lang, T } from '../../i18n/index.ts';
import type { Recommendation } from '../../logic/index.ts';
import { telHref } from '../../content/phone.ts';
import { formatDate } from '../../ui/format.ts';

/** "https://www.fier.nl/" → "fier.nl": a web address as people type it. */
const bareAddress = (url: string) => url.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '');

export function RouteCard(props: {
  recommendations: Recommendation[];
  organisations: Organisations;
  /** Not shown: the reasons are worded for the help finder's screen, not for the person at home. */
  routing?: Routing;
  lang: Lang;
  t: T;
  today: string;
}) {
  const { recommendations, organisations, lang, t, today } = props;
  return (
    <section class="route-card" aria-label={t('routeCard.title')}>
      <p class="route-card__fold">{t('routeCard.fold')}</p>
      <h2>{t('routeCard.title')}</h2>
      <p>{t('routeCard.intro')}</p>
      <p class="route-card__urgent">{t('routeCard.urgent')}</p>
      <ol>
        {recommendations.map((r) => {
          const o = organisations[r.organisation];
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
      <p class="route-card__meta">
        {t('routeCard.made', { date: formatDate(today, lang) })} {t('routeCard.sources')}
      </p>
    </section>
  );
}
