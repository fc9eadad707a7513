// Lint: the JavaScript and TypeScript rules that catch bugs, and the project's security rules
// (no eval in any form, no innerHTML-style sinks with data). Formatting is Prettier's job.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['.output/', '.wxt/', '.tools/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The product's code. Tests may read innerHTML and write `javascript:` addresses: that is how
    // they check that hostile input stays text.
    files: ['entrypoints/**', 'components/**', 'lib/**', 'tooling/**'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM nodes with text; never parse data as HTML.' },
        { property: 'outerHTML', message: 'Build DOM nodes with text; never parse data as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Build DOM nodes with text; never parse data as HTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render data as HTML.' },
      ],
    },
  },
  {
    // Playwright fixtures that use no other fixture must destructure an empty object.
    files: ['tests/e2e/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
);
