import { Layout, type PageProps } from '../ui/Layout.tsx';
import { Sections } from '../ui/Prose.tsx';
import { paths } from '../routes.ts';
import { formatDate } from '../ui/format.ts';
import { pages } from 'virtual:content/pages';

export function Accountability(props: PageProps) {
  const { t, lang } = props;
  const page = pages['verantwoording']!;
  return (
    <Layout {...props} back={paths.home}>
      <h1>{page.title[lang]}</h1>
      {page.lead && <p class="lead">{page.lead[lang]}</p>}
      {page.lastReviewed && <p>{t('accountability.reviewed', { date: formatDate(page.lastReviewed, lang) })}</p>}
      <Sections page={page} lang={lang} />
      {page.references && (
        <>
          <h2>{t('accountability.references')}</h2>
          <ul class="references">
            {page.references.map((r) => (
              <li key={r.citation}>
                <cite>{r.citation}</cite> {r.note[lang]}
              </li>
            ))}
          </ul>
        </>
      )}
    </Layout>
  );
}
