import { describe, expect, it } from 'vitest';
import { allUrls, appPath, localePath, paths, resolveRoute } from '../../src/routes.ts';
import { defaultLang, languages } from '../../src/i18n/languages.ts';

describe('routes', () => {
  it.each([
    ['/', { lang: 'nl', page: 'home', path: '/' }],
    ['/en/', { lang: 'en', page: 'home', path: '/' }],
    ['/en', { lang: 'en', page: 'home', path: '/' }],
    ['/kenmerken/', { lang: 'nl', page: 'indicators', path: '/kenmerken/' }],
    ['/en/veilig-gebruiken', { lang: 'en', page: 'safety', path: '/veilig-gebruiken/' }],
    [
      '/organisaties/veilig-thuis/',
      { lang: 'nl', page: 'organisation', path: '/organisaties/veilig-thuis/', id: 'veilig-thuis' },
    ],
    ['/organisaties/onbekend/', { lang: 'nl', page: 'notFound', path: '/organisaties/onbekend/' }],
    ['/en/kenmerken/weggaan/', { lang: 'en', page: 'indicator', path: '/kenmerken/weggaan/', id: 'weggaan' }],
    ['/kenmerken/sekte/', { lang: 'nl', page: 'notFound', path: '/kenmerken/sekte/' }],
    ['/404.html', { lang: 'nl', page: 'notFound', path: '/404.html' }],
  ])('%s shows %o', (url, route) => expect(resolveRoute(url)).toEqual(route));

  it('puts English under /en/ and Dutch at the root', () => {
    expect(localePath('nl', '/zelfcheck/')).toBe('/zelfcheck/');
    expect(localePath('en', '/zelfcheck/')).toBe('/en/zelfcheck/');
  });

  it('lists every page once in every language, plus the not-found page', () => {
    const urls = allUrls();
    expect(new Set(urls).size).toBe(urls.length);
    const dutch = urls.filter((u) => !u.startsWith('/en/') && u !== '/404.html');
    expect(urls.filter((u) => u.startsWith('/en/'))).toEqual(dutch.map((u) => `/en${u}`));
    expect(urls).toContain('/404.html');
    expect(urls).toHaveLength(dutch.length * languages.length + 1);
  });

  it.each(languages)('finds every page in %s at its own address, the default language at the root', (lang) => {
    for (const [page, path] of Object.entries(paths)) {
      const url = appPath(lang, path);
      expect(url.startsWith(`/${lang}/`)).toBe(lang !== defaultLang);
      expect(resolveRoute(url)).toEqual({ lang, page, path });
      expect(resolveRoute(url.replace(/\/$/, '') || '/')).toEqual({ lang, page, path });
    }
  });
});
