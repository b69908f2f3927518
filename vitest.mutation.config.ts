import { defineConfig } from 'vitest/config';
import { contentPlugin } from './src/content/plugin.ts';

// Only for `npm run test:mutation` (stryker.config.mjs): the unit tests of src/logic/, in Node (no DOM
// needed), so every mutant runs just the tables that can kill it. Add a new test of src/logic/ here.
export const logicTests = [
  'tests/unit/recommend.test.ts',
  'tests/unit/finder.test.ts',
  'tests/unit/finder-flow.test.ts',
  'tests/unit/check-flow.test.ts',
  'tests/unit/consult-flow.test.ts',
  'tests/unit/check-result.test.ts',
  'tests/unit/urgent.test.ts',
  'tests/unit/plan.test.ts',
];

export default defineConfig({
  plugins: [contentPlugin()],
  test: { include: logicTests, environment: 'node' },
});
