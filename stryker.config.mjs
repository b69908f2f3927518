// Mutation testing over src/logic/ (`npm run test:mutation`, not part of `npm test`): Stryker changes the
// logic one small step at a time and the unit tests must notice. Report: .tmp/mutation.html.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: ['src/logic/**/*.ts'],
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  coverageAnalysis: 'perTest',
  // No type-checking plugin (mutants that would not type check simply run, and are killed), and no
  // tsconfig rewriting in the sandbox: Stryker rewrites only the file named here, and this one does not
  // exist, so it leaves the tsconfig per runtime alone (docs/DECISIONS.md, "Mutation testing over src/logic/").
  tsconfigFile: 'stryker-rewrites-no-tsconfig.json',
  concurrency: 2, // two cores
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: '.tmp/mutation.html' },
  ignorePatterns: ['dist', '.tmp', 'coverage'], // not copied into the sandbox
  tempDirName: '.tmp/stryker',
  cleanTempDir: true,
  thresholds: { high: 95, low: 90, break: 90 },
};
