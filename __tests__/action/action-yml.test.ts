/** action.yml says what the action reads: every input with its default, every output it sets. */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { INPUT_DEFAULTS, readInputs } from '../../src/action/inputs.js';
import { CONTRACT_INPUTS } from '../helpers/contract.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const action = load(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};

describe('action.yml', () => {
  it('lists every input the action reads, with the defaults it applies', () => {
    const read = new Set<string>();
    readInputs((name) => (read.add(name), ''));
    expect([...read].sort()).toEqual(Object.keys(action.inputs).sort());
    for (const [name, value] of Object.entries(INPUT_DEFAULTS))
      expect([name, String(action.inputs[name].default)]).toEqual([name, value]);
  });

  it('has the inputs and outputs of the contract', () => {
    for (const name of CONTRACT_INPUTS) expect(action.inputs).toHaveProperty(name);
    expect(Object.keys(action.outputs).sort()).toEqual([
      'blocked',
      'blocked-models',
      'comment-content',
      'report',
      'verdict',
      'warnings',
    ]);
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});
