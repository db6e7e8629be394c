// ESLint 9 flat config: the Salesforce LWC rules on the components, plain recommended rules on the
// Node-side tooling. On TypeScript the Babel parser reports false no-undef / no-unused-vars on
// type-only code, so those two are left to `tsc --noEmit` (strict) there.
const lwcConfig = require('@salesforce/eslint-config-lwc');
const tsLanguageOptions = require('@salesforce/eslint-config-lwc/lib/typescript');
const globals = require('globals');
const js = require('@eslint/js');
const jestPlugin = require('eslint-plugin-jest');
const lockerPlugin = require('@locker/eslint-plugin-locker');
const lockerRecommended = require('@locker/eslint-config-locker/recommended');
const lockerBase = require('@locker/eslint-config-locker/base');
const localPlugin = require('./tools/shared/lint/plugin');

// Platform module exports the package must not rely on (docs/platform-rules.md, "Client modules").
// The LWC config's own restriction (@salesforce/lds) is kept: this rule replaces its options whole.
const restrictedPlatformImports = {
  'no-restricted-imports': [
    'error',
    {
      paths: [
        {
          name: 'lightning/graphql',
          importNames: ['refreshGraphQL'],
          message:
            'lightning/graphql has no refreshGraphQL (that is the deprecated lightning/uiGraphQLApi): call refresh() on the result the wire emitted.'
        },
        {
          name: 'lightning/uiGraphQLApi',
          message: 'lightning/uiGraphQLApi is deprecated: use lightning/graphql.'
        }
      ],
      patterns: [
        {
          group: ['@salesforce/lds', '@salesforce/lds/**'],
          message:
            'Please do not import from @salesforce/lds, these modules are ephemeral and could change at any time.'
        }
      ]
    }
  ]
};

// no-restricted-globals misreads interface members named `name` or `status` as the globals.
const typeChecked = { 'no-undef': 'off', 'no-unused-vars': 'off', 'no-restricted-globals': 'off' };

module.exports = [
  {
    ignores: [
      'node_modules/**',
      'coverage/**',
      '.sf/**',
      '.sfdx/**',
      '.data/**',
      'dist/**',
      'force-app/main/default/lwc/**/*.js',
      '**/__tests__/data/**',
      '**/*.d.ts'
    ]
  },
  ...lwcConfig.configs.recommendedTs.map((config) => ({
    ...config,
    files: ['force-app/**/*.ts']
  })),
  {
    files: ['force-app/**/*.ts'],
    rules: { ...typeChecked, ...restrictedPlatformImports }
  },
  {
    // Lightning Web Security: its own rules (the eslintrc config, mapped to flat config: errors
    // for what LWS blocks, warnings for what it distorts) and the Blob MIME allow-list.
    files: ['force-app/**/*.ts', 'preview/probes/**/*.ts'],
    ignores: ['**/__tests__/**'],
    plugins: { '@locker/locker': lockerPlugin, local: localPlugin },
    rules: {
      ...lockerBase.rules,
      ...lockerRecommended.rules,
      // Reviewed distortions the package lives with: LWS refuses only a string argument to
      // setTimeout (the package passes functions); it partitions storage by namespace (the package
      // reads back only what it wrote); createObjectURL's MIME check is the rule below, exactly.
      '@locker/locker/distorted-window-set-timeout': 'off',
      '@locker/locker/distorted-storage-constructor': 'off',
      '@locker/locker/distorted-url-create-object-url': 'off',
      'local/lws-blob-mime-type': 'error'
    }
  },
  {
    files: ['force-app/**/__tests__/**/*.ts'],
    plugins: { jest: jestPlugin },
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: {
      ...jestPlugin.configs['flat/recommended'].rules,
      '@lwc/lwc/no-unexpected-wire-adapter-usages': 'off'
    }
  },
  {
    files: ['scripts/**/*.ts', 'preview/**/*.ts', 'tools/**/*.ts', 'types/**/*.ts'],
    ...js.configs.recommended,
    languageOptions: {
      ...tsLanguageOptions,
      globals: { ...globals.node, ...globals.browser }
    },
    rules: { ...js.configs.recommended.rules, ...typeChecked }
  },
  {
    files: [
      'scripts/**/__tests__/**/*.ts',
      'preview/**/__tests__/**/*.ts',
      'tools/**/__tests__/**/*.ts'
    ],
    plugins: { jest: jestPlugin },
    languageOptions: { globals: { ...globals.jest } },
    rules: jestPlugin.configs['flat/recommended'].rules
  },
  {
    // One direction: package <- tools/shared <- preview/, scripts/ (tools/shared/lint/importDirection.js).
    files: [
      'force-app/**/*.ts',
      'scripts/**/*.{ts,js,mjs}',
      'preview/**/*.{ts,js,mjs}',
      'tools/**/*.{ts,js,mjs}'
    ],
    plugins: { local: localPlugin },
    rules: { 'local/import-direction': 'error' }
  },
  {
    files: ['*.js', 'scripts/**/*.{js,mjs}', 'preview/**/*.{js,mjs}', 'tools/**/*.{js,mjs}'],
    ...js.configs.recommended,
    languageOptions: { globals: { ...globals.node } }
  }
];
