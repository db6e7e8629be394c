// Jest: the sfdx-lwc-jest preset runs the TypeScript components and tests directly
// (Babel strips types; `npm run typecheck` checks them).
const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

module.exports = {
  ...jestConfig,
  roots: ['<rootDir>/force-app', '<rootDir>/scripts', '<rootDir>/preview'],
  moduleFileExtensions: ['ts', 'js', 'html', 'json'],
  testMatch: ['**/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/.data/', '/preview/browser/'],
  modulePathIgnorePatterns: ['<rootDir>/.sf/', '<rootDir>/.sfdx/', '<rootDir>/dist/'],
  setupFilesAfterEnv: ['<rootDir>/jest.setup.js'],
  // The first axe run of a file (toBeAccessible) and the emulator's seeding take seconds.
  testTimeout: 30000,
  coverageProvider: 'v8',
  collectCoverageFrom: ['force-app/main/default/lwc/**/*.ts', '!force-app/**/__tests__/**'],
  coverageThreshold: {
    // Service modules hold the arithmetic and the data contract: they carry the strict bar.
    './force-app/main/default/lwc/gapRanking/': { lines: 90 },
    './force-app/main/default/lwc/gapMatching/': { lines: 90 },
    './force-app/main/default/lwc/gapData/': { lines: 90 },
    './force-app/main/default/lwc/ldsErrors/': { lines: 90 }
  }
};
