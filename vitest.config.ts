import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { contentPlugin } from './src/content/plugin.ts';

// Three projects, run in this order by `npm test`:
//   unit    — logic, content and components (jsdom; crypto tests opt into node per file)
//   build   — checks the production build in dist/ (run after `vite build`)
//   browser — the production build in Debian's Chromium via playwright-core, one file at a time
//   engines — the cross-engine set on the production build in Firefox ESR and WebKitGTK, one engine at a time
export default defineConfig({
  plugins: [contentPlugin(), preact()],
  // The same base as the build under test (HULPWIJZER_BASE), so src/base.ts agrees with dist/.
  define: {
    __APP_VERSION__: JSON.stringify('test'),
    __HULPWIJZER_BASE__: JSON.stringify(process.env.HULPWIJZER_BASE || '/'),
  },
  test: {
    projects: [
      {
        extends: true,
        // A generous timeout: a component test walks a whole questionnaire, and CI shares two cores.
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'jsdom', testTimeout: 20_000 },
      },
      {
        extends: true,
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          fileParallelism: false, // two cores: one Chromium at a time
          testTimeout: 90_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'engines',
          include: ['tests/engines/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          fileParallelism: false, // two cores: one engine at a time
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
