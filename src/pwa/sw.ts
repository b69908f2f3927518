// The service worker (built by vite-plugin-pwa's injectManifest into dist/sw.js, a classic script):
// the offline copy through Workbox's precache, plus what the generated worker could not do:
// - an address without its final slash ("/en", "/zelfcheck") is redirected to the page ("/en/"),
//   online and offline, as the static host does, instead of showing the not-found page;
// - an offline copy the browser evicted (or partly lost) while the worker stayed is rebuilt as soon as
//   the network allows, and until then a page that cannot be shown gets a small built-in page with a
//   way out, never a browser error;
// - the Clear-Site-Data address of "Alles wissen" is never answered here.
// No logging, no request to another site.
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  getCacheKeyForURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute, setCatchHandler } from 'workbox-routing';
import { cacheNames } from 'workbox-core';
import { clearSiteDataPath, headerContentSecurityPolicy } from '../policy.ts';
import { NEUTRAL_LOCAL as NEUTRAL_PATH } from '../features/quick-exit/neutral.ts';
import { withBase } from '../base.ts';
import { defaultLang, languages, type Lang } from '../i18n/languages.ts';
// Of every dictionary only its `unavailable` texts.
import { dictionaries as unavailableTexts } from 'virtual:dictionaries/unavailable';
import neutralPage from '../../public/recept.html?raw';

interface ExtendableEventLike extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEventLike extends ExtendableEventLike {
  request: Request;
  respondWith(response: Response | Promise<Response>): void;
}
interface WorkerScope {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
  location: Pick<URL, 'href' | 'origin'>; // WorkerLocation in a worker, Location on a page
  skipWaiting(): Promise<void>;
  addEventListener(type: 'fetch', listener: (event: FetchEventLike) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  addEventListener(type: 'activate', listener: (event: ExtendableEventLike) => void): void;
}
declare const self: WorkerScope;

const manifest = self.__WB_MANIFEST;
// Addresses on the host: under a sub-path they start with it (the worker's scope is that path only).
const NOT_FOUND = withBase('/404.html');
const NEUTRAL_LOCAL = withBase(NEUTRAL_PATH);
const CLEAR_SITE_DATA = withBase(clearSiteDataPath);

/** The precache key of a path, when that path is part of the offline copy. */
const keyOf = (path: string): string | undefined => getCacheKeyForURL(new URL(path, self.location.href).href);

/** "/en" → "/en/" when "/en/index.html" is a page of the app; otherwise null. */
function pageWithSlash(pathname: string): string | null {
  if (pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(pathname)) return null;
  return keyOf(`${pathname}/index.html`) ? `${pathname}/` : null;
}

let repairing: Promise<void> | undefined;

/** Puts back every file of the offline copy that is missing; quietly stops when the network is gone. */
function repair(): Promise<void> {
  repairing ??= (async () => {
    const cache = await caches.open(cacheNames.precache);
    if ((await cache.keys()).length >= manifest.length) return;
    for (const { url } of manifest) {
      const key = keyOf(url);
      if (!key || (await cache.match(key))) continue;
      const response = await fetch(new URL(url, self.location.href).href, {
        cache: 'reload',
        credentials: 'same-origin',
      });
      if (response.ok && !response.redirected) await cache.put(key, response);
    }
  })()
    .catch(() => undefined)
    .finally(() => {
      repairing = undefined;
    });
  return repairing;
}

/** Shown when a page cannot be had from the offline copy nor the network. Every language, a way out. */
function unavailable(): Response {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const texts = (lang: Lang) => unavailableTexts[lang];
  const others = languages
    .filter((lang) => lang !== defaultLang)
    .map(
      (lang) => `<div lang="${lang}"><h2>${escape(texts(lang).title)}</h2>\n<p>${escape(texts(lang).body)}</p></div>`,
    );
  const html = `<!doctype html>
<html lang="${defaultLang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer"><title>Hulpwijzer</title></head>
<body><main>
<p><a href="${NEUTRAL_LOCAL}">${escape(texts(defaultLang).leave)}</a></p>
<h1>${escape(texts(defaultLang).title)}</h1>
<p>${escape(texts(defaultLang).body)}</p>
${others.join('\n')}
</main></body></html>`;
  return new Response(html, {
    status: 503,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': headerContentSecurityPolicy,
      'Cache-Control': 'no-store',
    },
  });
}

/**
 * The neutral page, built in, for when the offline copy (and with it recept.html) is gone: the same
 * file the host serves (public/recept.html, with its own policy in a meta tag), under the same header.
 */
function neutral(): Response {
  return new Response(neutralPage, {
    status: 200,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': headerContentSecurityPolicy,
      'Cache-Control': 'no-store',
    },
  });
}

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Before Workbox's own listener, so these answers come first.
self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.mode !== 'navigate') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname === CLEAR_SITE_DATA) return;
  event.waitUntil(repair()); // cheap when the copy is whole: one look at the cache's size
  const slashed = pageWithSlash(url.pathname);
  if (slashed) {
    event.respondWith(Response.redirect(new URL(slashed + url.search, url).href, 301));
    event.stopImmediatePropagation();
  }
});

precacheAndRoute(manifest, { directoryIndex: 'index.html', ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();
// Offline, an unknown address still gets the helpful not-found page; the wipe address goes to the host.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL(NOT_FOUND), {
    denylist: [new RegExp(`^${CLEAR_SITE_DATA.replace(/[.]/g, '\\.')}$`)],
  }),
);
// Neither the copy nor the network: a built-in page with a way out, never a browser error.
setCatchHandler(async ({ request }) => {
  if (request.mode !== 'navigate') return Response.error();
  return new URL(request.url).pathname === NEUTRAL_LOCAL ? neutral() : unavailable();
});
