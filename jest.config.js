/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: {
    // Type checking is done once by `npm run typecheck`; ts-jest only transpiles, which keeps the suite fast.
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.dev.json', diagnostics: false }],
  },
  setupFiles: ['<rootDir>/test/setup/environment.ts'],
  snapshotSerializers: ['<rootDir>/test/setup/asset-hash-serializer.ts'],
  clearMocks: true,
  testTimeout: 120000,
};
