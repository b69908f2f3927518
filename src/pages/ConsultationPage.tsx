import { Layout, type PageProps } from '../ui/Layout.tsx';
import { Island } from '../ui/Island.tsx';
import { localePath, paths } from '../routes.ts';

export function ConsultationPage(props: PageProps) {
  const { t, lang } = props;
  return (
    <Layout {...props} back={paths.professionals}>
      <h1>{t('consult.title')}</h1>
      <p class="lead">{t('consult.intro')}</p>
      <Island name="consultation" t={t} noScript={t('consult.noScript')}>
        <p>
          <a href={localePath(lang, paths.indicators)}>{t('indicators.toOverview')}</a>
        </p>
      </Island>
    </Layout>
  );
}
