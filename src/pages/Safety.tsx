import { Layout, type PageProps } from '../ui/Layout.tsx';
import { Sections } from '../ui/Prose.tsx';
import { paths } from '../routes.ts';
import { pages } from 'virtual:content/pages';

export function Safety(props: PageProps) {
  const { t, lang } = props;
  const page = pages['veilig-gebruiken'];
  return (
    <Layout {...props} back={paths.home}>
      <h1>{page.title[lang]}</h1>
      {page.lead && <p class="lead">{page.lead[lang]}</p>}
      <Sections page={page} />
      <p>{t('safety.wipeHelp')}</p>
      {/* Shown by wipe.ts; without JavaScript the note below explains the alternative. */}
      <button type="button" class="button button--danger" data-wipe data-busy-text={t('safety.wiping')} hidden>
        {t('safety.wipe')}
      </button>
      <p class="notice" data-wipe-noscript>
        {t('safety.wipeNoScript')}
      </p>
    </Layout>
  );
}
