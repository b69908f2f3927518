import { Layout, type PageProps } from '../ui/Layout.tsx';
import { localePath, paths } from '../routes.ts';
import type { Key } from '../i18n/index.ts';

/** An honest placeholder for a part that is not built yet. */
export function Stub(props: PageProps & { title: Key }) {
  const { t, lang, title } = props;
  return (
    <Layout {...props} back={paths.home}>
      <h1>{t(title)}</h1>
      <p class="lead">{t('stub.soon')}</p>
      <p>{t('stub.body')}</p>
      <p>
        <a href={localePath(lang, paths.organisations)}>{t('stub.toOrganisations')}</a>
      </p>
    </Layout>
  );
}
