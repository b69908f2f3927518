import { HostLogo, Layout, type PageProps } from '../ui/Layout.tsx';
import { Sections } from '../ui/Prose.tsx';
import { paths } from '../routes.ts';
import { formatDate } from '../ui/format.ts';
import { pages } from 'virtual:content/pages';
import { site } from 'virtual:content/site';

export function Accountability(props: PageProps) {
  const { t, lang } = props;
  const page = pages['verantwoording'];
  return (
    <Layout {...props} back={paths.home}>
      <h1>{page.title[lang]}</h1>
      {page.lead && <p class="lead">{page.lead[lang]}</p>}
      <p>{t('accountability.reviewed', { date: formatDate(page.review.date, lang) })}</p>
      <Sections page={page} />
      <section aria-labelledby="aanbieder">
        <h2 id="aanbieder">{t('accountability.publisher')}</h2>
        <HostLogo />
        {site.publisher.name && <p>{t('footer.publisher', { name: site.publisher.name[lang] })}</p>}
        <p>{site.publisher.who[lang]}</p>
        <p>{site.publisher.contact[lang]}</p>
        {site.publisher.contactUrl && (
          <p>
            <a href={site.publisher.contactUrl} rel="noreferrer noopener">
              {t('accountability.contactLink')} <span class="visually-hidden">{t('organisations.outside')}</span>
            </a>
          </p>
        )}
        {site.publisher.privacyUrl && (
          <p>
            <a href={site.publisher.privacyUrl} rel="noreferrer noopener">
              {t('accountability.privacyLink')} <span class="visually-hidden">{t('organisations.outside')}</span>
            </a>
          </p>
        )}
      </section>
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
