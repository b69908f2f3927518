import { Layout, type PageProps } from '../ui/Layout.tsx';
import { Island } from '../ui/Island.tsx';
import { localePath, paths } from '../routes.ts';
import { helpFinder } from 'virtual:content/helpFinder';

export function HelpFinderPage(props: PageProps) {
  const { t, lang } = props;
  return (
    <Layout {...props} back={paths.home}>
      <h1>{t('nav.helpFinder')}</h1>
      <p class="lead">{helpFinder.intro[lang]}</p>
      <Island name="help-finder" t={t} noScript={helpFinder.noScript[lang]}>
        <p>
          <a href={localePath(lang, paths.organisations)}>{t('organisations.toList')}</a>
        </p>
      </Island>
    </Layout>
  );
}
