import { createDefaultEsmPreset } from 'ts-jest';

/** @type {import('jest').Config} */
export default {
  ...createDefaultEsmPreset({ tsconfig: 'tsconfig.json' }),
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testTimeout: 30000,
  // Jest's default leaves one core idle: on a 2-core runner that is one worker for ~100 suites.
  maxWorkers: '100%',
  // Bundles the action from src/ for the end-to-end tests (rebuilt only when src/ changed).
  globalSetup: '<rootDir>/__tests__/helpers/build-bundle.mjs',
};
