import { Layout, type PageProps } from '../ui/Layout.tsx';
import { localePath, paths } from '../routes.ts';
import type { Key } from '../i18n/index.ts';
import { site } from 'virtual:content/site';

// The safety page comes first: people read how to stay safe before any sensitive content.
const waysIn: Array<{ path: string; label: Key; text: Key }> = [
  { path: paths.safety, label: 'nav.safety', text: 'home.cards.safety' },
  { path: paths.indicators, label: 'nav.indicators', text: 'home.cards.indicators' },
  { path: paths.selfCheck, label: 'nav.selfCheck', text: 'home.cards.selfCheck' },
  { path: paths.helpFinder, label: 'nav.helpFinder', text: 'home.cards.helpFinder' },
  { path: paths.plan, label: 'plan.nav', text: 'plan.homeCard' },
  { path: paths.relatives, label: 'nav.relatives', text: 'home.cards.relatives' },
  { path: paths.professionals, label: 'nav.professionals', text: 'home.cards.professionals' },
];

export function Home(props: PageProps) {
  const { t, lang } = props;
  return (
    <Layout {...props}>
      <h1>{t('home.title')}</h1>
      <p class="lead">{t('home.lead')}</p>
      <p>{t('home.private')}</p>
      <p class="notice">{t('home.safetyFirst')}</p>
      <h2>{t('home.waysIn')}</h2>
      <ul class="cards">
        {waysIn.map((way) => (
          <li key={way.path} class="card">
            <a href={localePath(lang, way.path)}>{t(way.label)}</a>
            <p>{t(way.text)}</p>
          </li>
        ))}
      </ul>
      <p class="doubt">{t('home.doubt')}</p>
      {site.publisher.homeLine && <p class="small">{site.publisher.homeLine[lang]}</p>}
    </Layout>
  );
}
