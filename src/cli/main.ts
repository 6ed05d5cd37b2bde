#!/usr/bin/env node
import { main } from './cli.js';
import { processIO } from './io.js';

void main(process.argv.slice(2), processIO()).then((code) => {
  process.exitCode = code;
});
