import { Layout, type PageProps } from '../ui/Layout.tsx';
import { indicatorPath, localePath, paths } from '../routes.ts';
import { indicators } from 'virtual:content/indicators';
import { organisations } from 'virtual:content/organisations';
import { urgentHelpForDomain, type DomainId } from '../logic/index.ts';
import { UrgentHelp } from '../features/organisations/UrgentHelp.tsx';
import { useLang } from '../ui/lang.ts';

function WaysOn({ t }: Pick<PageProps, 't'>) {
  const lang = useLang();
  return (
    <ul class="ways-on">
      <li>
        <a class="button" href={localePath(lang, paths.helpFinder)}>
          {t('indicators.toFinder')}
        </a>
      </li>
      <li>
        <a class="button button--secondary" href={localePath(lang, paths.selfCheck)}>
          {t('indicators.toSelfCheck')}
        </a>
      </li>
    </ul>
  );
}

export function Indicators(props: PageProps) {
  const { t, lang } = props;
  return (
    <Layout {...props} back={paths.home}>
      <h1>{t('nav.indicators')}</h1>
      <p class="lead">{t('indicators.lead')}</p>
      <p>{t('indicators.noVerdict')}</p>
      <ul class="cards">
        {Object.values(indicators).map((i) => (
          <li key={i.id} class="card">
            <a href={localePath(lang, indicatorPath(i.id))}>{i.title[lang]}</a>
            <p>{i.summary[lang]}</p>
          </li>
        ))}
      </ul>
      <WaysOn t={t} />
      <p>
        <a href={localePath(lang, paths.accountability)}>{t('indicators.sources')}</a>
      </p>
    </Layout>
  );
}

export function IndicatorPage(props: PageProps & { id: DomainId }) {
  const { t, lang, id } = props;
  const indicator = indicators[id];
  const urgent = urgentHelpForDomain[id];
  return (
    <Layout {...props} back={paths.indicators}>
      <h1>{indicator.title[lang]}</h1>
      <p class="lead">{indicator.explanation[lang]}</p>
      {urgent && <UrgentHelp ids={urgent} organisations={organisations} t={t} title={t('indicators.urgentTitle')} />}
      <h2>{t('indicators.examples')}</h2>
      <ul>
        {indicator.examples[lang].map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
      <h2>{t('indicators.inside')}</h2>
      <p>{indicator.inside[lang]}</p>
      <h2>{t('indicators.outside')}</h2>
      <p>{indicator.outside[lang]}</p>
      <p class="doubt">{t('indicators.noVerdict')}</p>
      <WaysOn t={t} />
      <p>
        <a href={localePath(lang, paths.indicators)}>{t('indicators.toOverview')}</a>
      </p>
    </Layout>
  );
}
