// ESLint: mistakes the type check cannot see. Formatting is Prettier's job (eslint-config-prettier
// turns off every rule that would fight it). Rules that need type information are left out on
// purpose: they would double the time of `npm run check`, and `tsc -b` already runs strict.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', '.tmp/', 'reports/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Preact's hooks follow React's two rules (the plugin goes by the `use…` names). The plugin's
    // other rules model the React Compiler, which Preact does not have, so they are not turned on.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  // Static accessibility checks on JSX; axe checks every built page in a real browser as well.
  jsxA11y.flatConfigs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // Unused names are the type check's job (noUnusedLocals, noUnusedParameters).
      '@typescript-eslint/no-unused-vars': 'off',
      // Every import says when it only brings types, so no runtime code comes along by accident.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      // A choice's label holds its text one level deeper than the rule looks by default.
      'jsx-a11y/label-has-associated-control': ['error', { depth: 3 }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Code that runs in Node: build-time code, scripts and tests.
    files: ['scripts/**', 'tests/**', '*.config.*', 'src/content/**', 'src/deploy/**', 'src/prerender.tsx'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
  { files: ['src/pwa/sw.ts'], languageOptions: { globals: { ...globals.serviceworker } } },
  prettier,
);
