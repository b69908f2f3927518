// The route card: what the help finder recommends, on one printed A4. Hidden on screen; the print
// stylesheet shows only this. Nothing about the visitor or client is on it: no answers, no situation.
import type { Organisation, Routing } from '../../content/schema.ts';
import type { Lang, T } from '../../i18n/index.ts';
import type { Recommendation } from '../../logic/index.ts';
import { formatDate } from '../../ui/format.ts';

export function RouteCard({ recommendations, organisations, routing, lang, t, today }: {
  recommendations: Recommendation[];
  organisations: Organisation[];
  routing: Routing;
  lang: Lang;
  t: T;
  today: string;
}) {
  return (
    <section class="route-card">
      <h2>{t('routeCard.title')}</h2>
      <p class="route-card__urgent">{t('routeCard.urgent')}</p>
      <ol>
        {recommendations.map((r) => {
          const o = organisations.find((x) => x.id === r.organisation)!;
          return (
            <li key={o.id}>
              <h3>{o.name[lang]}</h3>
              <p>{routing.reasons[r.reason]?.text[lang]}</p>
              <p class="route-card__contact">
                {o.contact.map((c) => (c.type === 'phone' ? c.value : c.value.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, ''))).join(' · ')}
              </p>
              {/* The first two steps of "what happens next": the whole story is on the organisation's page. */}
              {o.whatHappens.length > 0 && <p>{o.whatHappens.slice(0, 2).map((w) => w.text[lang]).join(' ')}</p>}
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
