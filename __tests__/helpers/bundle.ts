import { join } from 'node:path';

/**
 * The action bundled from the current src/ by jest's globalSetup (__tests__/helpers/build-bundle.mjs), as a runner
 * runs dist/index.js. Tests of the action end to end run this, never the committed dist/ (`.ci/smoke` checks that).
 */
export const ACTION_BUNDLE = join(process.cwd(), '.tmp', 'test-bundle', 'index.js');

/** The CLI bundled from the current src/ (as dist/cli/index.js), for tests that must run it as a separate process. */
export const CLI_BUNDLE = join(process.cwd(), '.tmp', 'test-bundle', 'cli', 'index.js');
