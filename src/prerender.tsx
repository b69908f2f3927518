// Build time only (imported lazily by main.ts's prerender export, then dropped from the output by
// the strip-prerender plugin in vite.config.ts): renders one URL to static HTML with preact-iso.
import { prerender } from 'preact-iso';
import type { VNode } from 'preact';
import { tFor } from './i18n/all.ts';
import { languages } from './i18n/languages.ts';
import { allUrls, localePath, planEntry, resolveRoute, type Route } from './routes.ts';
import type { PageProps } from './ui/Layout.tsx';
import { Home } from './pages/Home.tsx';
import { Safety } from './pages/Safety.tsx';
import { NotFound, notFoundTitle } from './pages/NotFound.tsx';
import { OrganisationPage, Organisations } from './pages/Organisations.tsx';
import { HelpFinderPage } from './pages/HelpFinderPage.tsx';
import { IndicatorPage, Indicators } from './pages/Indicators.tsx';
import { Accountability } from './pages/Accountability.tsx';
import { SelfCheckPage } from './pages/SelfCheckPage.tsx';
import { Professionals } from './pages/Professionals.tsx';
import { ConsultationPage } from './pages/ConsultationPage.tsx';
import { Relatives } from './pages/Relatives.tsx';
import { AccessibilityStatement, PrivacyStatement } from './pages/Statements.tsx';
import { PlanPage } from './pages/PlanPage.tsx';
import { indicators } from 'virtual:content/indicators';
import { organisations } from 'virtual:content/organisations';
import { organisationIds } from './logic/organisations.ts';
import { domainIds } from './logic/domains.ts';

function pageFor(route: Route, props: PageProps): { title: string; vnode: VNode } {
  const { t, lang } = props;
  switch (route.page) {
    case 'home':
      return { title: t('meta.siteName'), vnode: <Home {...props} /> };
    case 'safety':
      return { title: t('nav.safety'), vnode: <Safety {...props} /> };
    case 'organisations':
      return { title: t('organisations.title'), vnode: <Organisations {...props} /> };
    case 'organisation': {
      const id = organisationIds.find((known) => known === route.id);
      if (id) return { title: organisations[id].name[lang], vnode: <OrganisationPage {...props} id={id} /> };
      break;
    }
    case 'indicators':
      return { title: t('nav.indicators'), vnode: <Indicators {...props} /> };
    case 'indicator': {
      const id = domainIds.find((known) => known === route.id);
      if (id) return { title: indicators[id].title[lang], vnode: <IndicatorPage {...props} id={id} /> };
      break;
    }
    case 'selfCheck':
      return { title: t('nav.selfCheck'), vnode: <SelfCheckPage {...props} /> };
    case 'helpFinder':
      return { title: t('nav.helpFinder'), vnode: <HelpFinderPage {...props} /> };
    case 'professionals':
      return { title: t('nav.professionals'), vnode: <Professionals {...props} /> };
    case 'consultation':
      return { title: t('consult.title'), vnode: <ConsultationPage {...props} /> };
    case 'relatives':
      return { title: t('nav.relatives'), vnode: <Relatives {...props} /> };
    case 'plan':
      // The same title on every entry path: the phase is never in the title (src/routes.ts, planPath).
      return { title: t('plan.nav'), vnode: <PlanPage {...props} entry={planEntry(route.path)} /> };
    case 'accountability':
      return { title: t('nav.accountability'), vnode: <Accountability {...props} /> };
    case 'notFound':
      return { title: notFoundTitle(), vnode: <NotFound /> };
    case 'privacy':
      return { title: t('privacyPage.title'), vnode: <PrivacyStatement {...props} /> };
    case 'accessibility':
      return { title: t('accessibilityPage.title'), vnode: <AccessibilityStatement {...props} /> };
  }
  // resolveRoute() gives an organisation or indicator page only for an id of the lists in src/logic/.
  return pageFor({ ...route, page: 'notFound' }, props);
}

export async function renderPage(url: string) {
  const route = resolveRoute(url);
  const t = tFor(route.lang);
  const { title, vnode } = pageFor(route, { lang: route.lang, t, path: route.path });
  const { html } = await prerender(vnode);
  const siteName = t('meta.siteName');
  const elements = new Set([
    { type: 'meta', props: { name: 'description', content: t('meta.description') } },
    ...(route.page === 'notFound'
      ? []
      : languages.map((lang) => ({
          type: 'link',
          props: { rel: 'alternate', hreflang: lang, href: localePath(lang, route.path) },
        }))),
  ]);
  return {
    // preact-iso adds an empty <script type="isodata"> for its client router, which this app does not use.
    html: html.replace('<script type="isodata"></script>', ''),
    // Every page is listed explicitly, as app paths (the links on the page carry the base, if any).
    links: new Set(allUrls()),
    head: { lang: route.lang, title: title === siteName ? siteName : `${title} · ${siteName}`, elements },
  };
}
