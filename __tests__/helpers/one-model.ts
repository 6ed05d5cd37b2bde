import { afterAll, beforeAll } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalog } from '../../src/catalog/catalog.js';
import type { Policy, Report } from '../../src/core/types.js';
import { check } from '../../src/engine/check.js';
import { loadPolicy } from '../../src/policy/load.js';

export type ModelOf = Report['models'][number];

/**
 * Checks of one declared model at a time with the shipped catalog, offline, under `policyYaml` (loaded once before
 * the file's tests; every folder made is removed after them). Call at a test file's top level.
 */
export function oneModelChecks(policyYaml: string, now: Date): { run: (id: string) => Promise<ModelOf> } {
  const catalog = loadCatalog();
  const dirs: string[] = [];
  let policy: Policy;
  beforeAll(async () => {
    const d = mkdtempSync(join(tmpdir(), 'model-gate-one-model-policy-'));
    dirs.push(d);
    writeFileSync(join(d, 'p.yml'), policyYaml);
    policy = await loadPolicy('p.yml', { cwd: d, catalog, now });
  });
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  return {
    async run(id: string): Promise<ModelOf> {
      const dir = mkdtempSync(join(tmpdir(), 'model-gate-one-model-repo-'));
      dirs.push(dir);
      writeFileSync(join(dir, 'models.yaml'), `models:\n  - id: ${id}\n`);
      return (await check({ root: dir, policy, catalog, now, scan: false })).models[0];
    },
  };
}

/** The rules of a model's findings, in order. */
export const rulesOf = (m: ModelOf): string[] => m.findings.map((f) => f.rule);
