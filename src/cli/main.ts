#!/usr/bin/env node
import { main } from './cli.js';

// `model-gate ... | head` closes the pipe early: stop quietly rather than crash on EPIPE.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
