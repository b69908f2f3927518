import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentPlugin, dictionariesPlugin } from './src/content/plugin.ts';

/**
 * The browser test files. In a rerun of the `host` tests (HULPWIJZER_RERUN, package.json test:host) only
 * the files that name the tag (the string 'host', in a test's options or in a function that picks them):
 * the others would be loaded only to be skipped (about 14 s a rerun).
 */
function browserTests(): string[] {
  if (process.env.HULPWIJZER_RERUN !== '1') return ['tests/browser/**/*.test.ts'];
  const dir = join(import.meta.dirname, 'tests/browser'); // wherever vitest was started from
  return readdirSync(dir)
    .filter((f) => f.endsWith('.test.ts') && readFileSync(join(dir, f), 'utf8').includes("'host'"))
    .map((f) => `tests/browser/${f}`);
}

// Five projects, run in this order by `npm test`:
//   unit       — logic and content (*.test.ts), in Node: no DOM to set up
//   components — Preact components (*.test.tsx), in jsdom
//   build      — checks the production build in dist/ (run after `vite build`)
//   browser    — the production build in Debian's Chromium via playwright-core, one file at a time
//   engines    — the cross-engine set on the root build in Firefox ESR and WebKitGTK, one engine at a time, once
//
// The browser tests run in full once, in the main configuration (`npm test`: the build under
// /hulpwijzer/ on nginx, HULPWIJZER_SERVER=nginx; without it `npm run test:browser` uses
// scripts/serve.mjs). What differs between base paths (addresses, headers, offline, the quick exit, the
// not-found page, "Alles wissen") is tagged `host`, and only those tests run again, on nginx for the root
// build (`npm run test:nginx`, which walks one page of each kind). The root build on scripts/serve.mjs
// is the cross-engine set's. A new test runs once, in the main configuration, unless it is tagged. See
// docs/DECISIONS.md, "Which browser tests run where".
export default defineConfig({
  plugins: [contentPlugin(), dictionariesPlugin(), preact()],
  // The same base as the build under test (HULPWIJZER_BASE), so src/base.ts agrees with dist/.
  define: {
    __APP_VERSION__: JSON.stringify('test'),
    __HULPWIJZER_BASE__: JSON.stringify(process.env.HULPWIJZER_BASE || '/'),
    // Components render the accessibility statement as a fresh clone builds it: no run known.
    __HULPWIJZER_A11Y_RUN__: 'null',
  },
  test: {
    tags: [
      {
        name: 'host',
        description:
          'differs between base paths and servers (addresses, headers, offline, quick exit, not-found, wipe): runs in every configuration',
      },
    ],
    projects: [
      {
        extends: true,
        // Not isolated: the files share one module graph (content and schemas load once), which made the
        // unit tests 2.4 times faster. A test that stubs a global or mocks restores it in afterEach.
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          isolate: false,
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        // A generous timeout: a component test walks a whole questionnaire, and CI shares two cores.
        // Not isolated either (one jsdom for all files, Testing Library cleans up after each test): 3 times faster.
        test: {
          name: 'components',
          include: ['tests/unit/**/*.test.tsx'],
          environment: 'jsdom',
          isolate: false,
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: browserTests(),
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
