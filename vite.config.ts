import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentPlugin, dictionariesPlugin } from './src/content/plugin.ts';
import { interfaceKeysPlugin } from './src/content/interface-keys.ts';
import { hostPlugin } from './src/host.ts';
import { clearSiteDataPath, contentSecurityPolicy, headersFile } from './src/policy.ts';
import { baseProblem, joinBase } from './src/base-path.ts';
import { allUrls } from './src/routes.ts';
import { defaultLang } from './src/i18n/languages.ts';
import { licencePlugins } from './scripts/licences.ts';
import { readA11yRun } from './src/a11y-run.ts';

// The licences of the packages that ship: one list, filled by the app's build and the worker's.
const [appLicences, workerLicences] = licencePlugins();

/**
 * Where the app will live on its host: "/" (the root of a domain, the default) or a sub-path, set with
 * HULPWIJZER_BASE=/hulpwijzer/ npm run build. Links, assets, the manifest, the service worker's scope
 * and the headers all follow it.
 */
const base = process.env.HULPWIJZER_BASE || '/';
const problem = baseProblem(base);
if (problem) throw new Error(problem);

/** The content folder: content/ unless HULPWIJZER_CONTENT names another (the tests build a second theme so). */
const contentDir = process.env.HULPWIJZER_CONTENT ? resolve(process.env.HULPWIJZER_CONTENT) : undefined;

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** The CSP goes into the built pages only: Vite's dev server injects inline styles it would block. */
function securityPlugin(): Plugin {
  return {
    name: 'hulpwijzer-security',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // Right after the charset, before any script or stylesheet.
      handler: (html) =>
        html.replace(
          /(<meta charset="utf-8" \/?>)/,
          `$1\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
        ),
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(base) });
      // The address whose answer carries Clear-Site-Data ("Alles wissen" fetches it last).
      this.emitFile({ type: 'asset', fileName: clearSiteDataPath.slice(1), source: '\n' });
    },
  };
}

/**
 * The prerender code (preact-render-to-string and every page component) is needed at build time
 * only. After the pages are rendered, drop every chunk the browser can never reach, so it neither
 * ships nor fills the offline copy.
 */
function stripPrerenderPlugin(): Plugin {
  return {
    name: 'hulpwijzer-strip-prerender',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((o) => o.type === 'chunk');
      const isPrerender = (c: (typeof chunks)[number]) => c.facadeModuleId?.endsWith('/src/prerender.tsx') ?? false;
      const reachable = new Set<string>();
      const visit = (fileName: string) => {
        const chunk = bundle[fileName];
        if (!chunk || chunk.type !== 'chunk' || reachable.has(fileName) || isPrerender(chunk)) return;
        reachable.add(fileName);
        [...chunk.imports, ...chunk.dynamicImports].forEach(visit);
      };
      chunks.filter((c) => c.isEntry).forEach((c) => visit(c.fileName));
      for (const chunk of chunks) if (!reachable.has(chunk.fileName)) delete bundle[chunk.fileName];
    },
  };
}

/**
 * Writes dist/.vite/chunks.json: every chunk the browser can load, with the modules it holds and what it
 * imports. scripts/size.mjs counts each page's JavaScript from it (the size test and `npm run bench`).
 * Not a page asset: the service worker does not precache it.
 */
function chunkGraphPlugin(): Plugin {
  const root = `${resolve(import.meta.dirname)}/`;
  return {
    name: 'hulpwijzer-chunk-graph',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle)
        .filter((o) => o.type === 'chunk')
        .map((c) => ({
          file: c.fileName,
          modules: c.moduleIds.map((id) => id.replace(/^\0/, '').replace(root, '')),
          imports: c.imports,
          dynamicImports: c.dynamicImports,
        }));
      this.emitFile({ type: 'asset', fileName: '.vite/chunks.json', source: JSON.stringify(chunks, null, 1) });
    },
  };
}

export default defineConfig({
  base,
  // HULPWIJZER_BUILD_LABEL marks a build (e.g. "0.1.0+next"); the update test builds a second version this way.
  define: {
    __HULPWIJZER_BASE__: JSON.stringify(base),
    // The build's day (HULPWIJZER_TODAY for tests): the accessibility statement's date and status.
    __HULPWIJZER_TODAY__: JSON.stringify(process.env.HULPWIJZER_TODAY || new Date().toISOString().slice(0, 10)),
    __APP_VERSION__: JSON.stringify(
      pkg.version + (process.env.HULPWIJZER_BUILD_LABEL ? `+${process.env.HULPWIJZER_BUILD_LABEL}` : ''),
    ),
    // The last accessibility run in which all passed (src/a11y-run.ts), or null: the statement shows it.
    __HULPWIJZER_A11Y_RUN__: JSON.stringify(readA11yRun(import.meta.dirname)),
  },
  build: {
    target: 'es2022',
    modulePreload: { polyfill: false }, // every browser that runs module scripts supports modulepreload
  },
  plugins: [
    contentPlugin(contentDir),
    dictionariesPlugin(), // the interface texts of every language (src/i18n/<code>.ts)
    interfaceKeysPlugin(), // a key the dictionary lacks stops the build (the page would show the key)
    hostPlugin(contentDir, base),
    preact({
      prerender: {
        enabled: true,
        renderTarget: '#app',
        // The plugin keys pages without a final slash ("/kenmerken"); it writes kenmerken/index.html.
        additionalPrerenderRoutes: allUrls().map((url) => (url === '/' ? url : url.replace(/\/$/, ''))),
      },
    }),
    securityPlugin(),
    stripPrerenderPlugin(),
    chunkGraphPlugin(), // after the prerender code is gone: it lists only what ships
    appLicences, // after the prerender code is gone: it does not ship
    VitePWA({
      registerType: 'prompt', // never reload by itself: a questionnaire may be open
      injectRegister: false, // src/pwa/register.ts registers after load, from a script file (CSP)
      includeManifestIcons: false, // the icons are in globPatterns already; avoids precaching them twice
      manifest: {
        // A stable identity, so an installed app stays the same app if start_url ever changes.
        id: base,
        name: 'Hulpwijzer', // neutral: the name on a home screen can give someone away
        short_name: 'Hulpwijzer',
        // Neutral too: an install screen may show it on a watched phone (without this line the plugin
        // copies package.json's English description, which names the topic).
        description: 'Informatie die ook zonder internet werkt.',
        lang: defaultLang,
        start_url: base,
        scope: base,
        display: 'standalone',
        background_color: '#f7f5f0',
        theme_color: '#2b5d63',
        icons: [
          { src: joinBase(base, '/icons/icon-192.png'), sizes: '192x192', type: 'image/png' },
          { src: joinBase(base, '/icons/icon-512.png'), sizes: '512x512', type: 'image/png' },
          {
            src: joinBase(base, '/icons/icon-maskable-512.png'),
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      // Our own worker (src/pwa/sw.ts) around Workbox's precache: it redirects addresses without their
      // final slash and rebuilds an evicted offline copy, which the generated worker cannot do.
      strategies: 'injectManifest',
      srcDir: 'src/pwa',
      filename: 'sw.ts',
      injectManifest: {
        globPatterns: ['**/*.{html,js,css,png,svg}'], // the plugin adds the manifest itself
        rollupFormat: 'iife', // a classic worker script: registered without type "module"
        sourcemap: false,
        buildPlugins: { vite: [dictionariesPlugin(), workerLicences] }, // writes dist/licences.txt once the worker is built
      },
    }),
  ],
});
