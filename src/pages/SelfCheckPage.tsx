import { Layout, type PageProps } from '../ui/Layout.tsx';
import { localePath, paths } from '../routes.ts';
import { selfCheck } from 'virtual:content/selfCheck';

export function SelfCheckPage(props: PageProps) {
  const { t, lang } = props;
  return (
    <Layout {...props} back={paths.home}>
      <h1>{t('nav.selfCheck')}</h1>
      <p class="lead">{selfCheck.intro[lang]}</p>
      <div data-island="self-check" data-lang={lang}>
        <p class="notice">{selfCheck.noScript[lang]}</p>
        <p>
          <a href={localePath(lang, paths.indicators)}>{t('indicators.toOverview')}</a>
        </p>
      </div>
    </Layout>
  );
}
