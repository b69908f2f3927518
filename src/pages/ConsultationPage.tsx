import { Layout, type PageProps } from '../ui/Layout.tsx';
import { localePath, paths } from '../routes.ts';

export function ConsultationPage(props: PageProps) {
  const { t, lang } = props;
  return (
    <Layout {...props} back={paths.professionals}>
      <h1 class="visually-hidden">{t('consult.title')}</h1>
      <div data-island="consultation" data-lang={lang} class="consult-island">
        <p class="notice">{t('consult.noScript')}</p>
        <p>
          <a href={localePath(lang, paths.indicators)}>{t('indicators.toOverview')}</a>
        </p>
      </div>
    </Layout>
  );
}
