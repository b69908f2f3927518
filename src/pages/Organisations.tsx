import { Layout, type PageProps } from '../ui/Layout.tsx';
import { localePath, organisationPath, paths } from '../routes.ts';
import { organisations } from 'virtual:content/organisations';
import { organisationGroups } from '../content/schema.ts';
import { defaultLang } from '../i18n/languages.ts';
import type { OrganisationId } from '../logic/organisations.ts';
import { OrganisationFull } from '../features/organisations/OrgParts.tsx';

export function Organisations(props: PageProps) {
  const { t, lang } = props;
  return (
    <Layout {...props} back={paths.home}>
      <h1>{t('organisations.title')}</h1>
      <p class="lead">{t('organisations.lead')}</p>
      {lang !== defaultLang && <p>{t('organisations.languageNote')}</p>}
      <p>
        <a href={localePath(lang, paths.helpFinder)}>{t('organisations.toHelpFinder')}</a>
      </p>
      {organisationGroups.map((group) => {
        // In the order of src/logic/organisations.ts within a group (112 before 113, police before M.).
        const members = Object.values(organisations).filter((o) => o.group === group);
        if (members.length === 0) return null;
        return (
          <section key={group} aria-labelledby={`groep-${group}`}>
            <h2 id={`groep-${group}`}>{t(`organisations.groups.${group}`)}</h2>
            <ul class="cards">
              {members.map((org) => (
                <li key={org.id} class="card">
                  <a href={localePath(lang, organisationPath(org.id))}>{org.name[lang]}</a>
                  <p>{org.short[lang]}</p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <p class="small">{t('organisations.checked')}</p>
    </Layout>
  );
}

export function OrganisationPage(props: PageProps & { id: OrganisationId }) {
  const { t, lang, id } = props;
  const org = organisations[id];
  return (
    <Layout {...props} back={paths.organisations}>
      <h1>{org.name[lang]}</h1>
      <p class="lead">{org.short[lang]}</p>
      {/* The page speaks to the visitor ("je"), as the card does for a person in doubt. */}
      <OrganisationFull org={org} t={t} audience="self" />
      <p class="small">{t('organisations.checked')}</p>
    </Layout>
  );
}
