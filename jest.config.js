/** Jest runs TypeScript through ts-jest; DOM tests opt in with a `@jest-environment jsdom` docblock. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { jsx: 'react-jsx', module: 'commonjs', esModuleInterop: true, isolatedModules: true } }],
  },
  // office-addin-mock imports office-addin-manifest, whose ESM-only dependency breaks Jest 30.
  moduleNameMapper: { '^office-addin-manifest$': '<rootDir>/test/support/office-addin-manifest-stub.js' },
  setupFilesAfterEnv: ['<rootDir>/test/support/fast-check-seed.ts'],
  testTimeout: 20000,
};
