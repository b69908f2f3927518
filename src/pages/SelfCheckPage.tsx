import { Layout, type PageProps } from '../ui/Layout.tsx';
import { Island } from '../ui/Island.tsx';
import { localePath, paths } from '../routes.ts';
import { selfCheck } from 'virtual:content/selfCheck';

export function SelfCheckPage(props: PageProps) {
  const { t, lang } = props;
  return (
    <Layout {...props} back={paths.home}>
      <h1>{t('nav.selfCheck')}</h1>
      <p class="lead">{selfCheck.intro[lang]}</p>
      <Island name="self-check" t={t} noScript={selfCheck.noScript[lang]}>
        <p>
          <a href={localePath(lang, paths.indicators)}>{t('indicators.toOverview')}</a>
        </p>
      </Island>
    </Layout>
  );
}
