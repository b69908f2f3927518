import type { ComponentChildren } from 'preact';
import type { Lang, T } from '../i18n/index.ts';
import { languages } from '../i18n/languages.ts';
import { dictionaries } from '../i18n/all.ts';
import { localePath, paths } from '../routes.ts';
import { QuickExit } from '../features/quick-exit/QuickExit.tsx';
import { formatDate } from './format.ts';
import { site } from 'virtual:content/site';
import { reviews } from 'virtual:content/reviews';
import { withBase } from '../base.ts';
import { LangProvider, useLang } from './lang.ts';

/** The host's logo (content/site.yaml, host.logo), if it set one: never in the installed name or icon. */
export function HostLogo() {
  const lang = useLang();
  const logo = site.host.logo;
  return logo ? <img class="site-logo" src={withBase(`/${logo.file}`)} alt={logo.alt[lang]} /> : null;
}

declare const __APP_VERSION__: string;

export interface PageProps {
  lang: Lang;
  t: T;
  /** The path without language prefix ("/kenmerken/"). */
  path: string;
}

interface LayoutProps extends PageProps {
  children: ComponentChildren;
  /** Where the page's own "Terug" link goes (a path without language prefix). */
  back?: string;
}

/** The frame of every app page: skip link, quick exit, emergency line, header, main, footer. */
export function Layout({ lang, t, path, back, children }: LayoutProps) {
  const href = (p: string) => localePath(lang, p);
  return (
    <LangProvider value={lang}>
      {/* A labelled region, so people who move by landmark find the quick exit; the skip link stays
          first in the tab order and the quick exit right after it. */}
      <div class="top-bar" role="region" aria-label={t('topBar.label')}>
        <a class="skip-link" href="#main">
          {t('skipLink')}
        </a>
        <div class="top-bar__inner">
          <QuickExit t={t} />
          <p class="emergency">
            {t('emergency.text')}{' '}
            <a class="emergency__call" href="tel:112">
              {t('emergency.call')}
            </a>
          </p>
        </div>
      </div>
      <header class="site-header">
        <div class="wrap site-header__inner">
          <a class="site-name" href={href(paths.home)} aria-label={t('header.home')}>
            {t('meta.siteName')}
          </a>
          {/* This page in every other language, each link in its own language (its name and label come
              from that language's dictionary; the label must contain the name, WCAG 2.5.3). */}
          <nav aria-label={t('header.languages')}>
            <ul class="lang-switch">
              {languages
                .filter((other) => other !== lang)
                .map((other) => (
                  <li key={other}>
                    <a
                      href={localePath(other, path)}
                      hreflang={other}
                      lang={other}
                      aria-label={dictionaries()[other].language.readThisPage}
                    >
                      {dictionaries()[other].language.name}
                    </a>
                  </li>
                ))}
            </ul>
          </nav>
        </div>
      </header>
      <div
        id="update-slot"
        class="wrap"
        data-available={t('update.available')}
        data-reload={t('update.reload')}
        data-later={t('update.later')}
      />
      <main id="main" class="wrap" tabIndex={-1}>
        {back !== undefined && (
          <p class="back">
            <a href={href(back)} data-back>
              {t('nav.back')}
            </a>
          </p>
        )}
        {children}
      </main>
      <footer class="site-footer">
        <div class="wrap">
          <nav aria-label={t('nav.footerLabel')}>
            <ul class="footer-links">
              <li>
                <a href={href(paths.safety)}>{t('nav.safety')}</a>
              </li>
              <li>
                <a href={href(paths.organisations)}>{t('nav.organisations')}</a>
              </li>
              <li>
                <a href={href(paths.accountability)}>{t('nav.accountability')}</a>
              </li>
              <li>
                <a href={href(paths.privacy)}>{t('privacyPage.title')}</a>
              </li>
              <li>
                <a href={href(paths.accessibility)}>{t('accessibilityPage.title')}</a>
              </li>
            </ul>
          </nav>
          <p>{t('footer.privacy')}</p>
          {site.host.logo && <HostLogo />}
          <p class="site-footer__publisher">
            {site.publisher.name
              ? t('footer.publisher', { name: site.publisher.name[lang] })
              : site.publisher.who[lang]}{' '}
            <a href={`${href(paths.accountability)}#aanbieder`}>{t('footer.publisherMore')}</a>
          </p>
          <p class="site-footer__meta">
            {t('footer.updated', { date: formatDate(reviews.oldest, lang) })} ·{' '}
            {t('footer.version', { version: __APP_VERSION__ })}
          </p>
        </div>
      </footer>
    </LangProvider>
  );
}
