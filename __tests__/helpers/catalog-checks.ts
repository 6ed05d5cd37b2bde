import { afterAll, beforeAll, expect } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalog } from '../../src/catalog/catalog.js';
import type { Policy, Report } from '../../src/core/types.js';
import { check } from '../../src/engine/check.js';
import { loadPolicy } from '../../src/policy/load.js';

export type ModelOf = Report['models'][number];

export interface CatalogChecks {
  /** The report of one declared model, offline, under the file's policy. */
  run: (id: string) => Promise<ModelOf>;
  /** The report of a repository of these files, offline (scanned), under `policyYaml` or the file's policy. */
  checkFiles: (files: Record<string, string>, policyYaml?: string) => Promise<Report>;
}

/**
 * Offline checks with the shipped catalog under `policyYaml` (loaded once before the file's tests; every folder made
 * is removed after them), at the date `now`. Call at a test file's top level.
 */
export function catalogChecks(policyYaml: string, now: Date): CatalogChecks {
  const catalog = loadCatalog();
  const dirs: string[] = [];
  const folder = (prefix: string, files: Record<string, string>) => {
    const d = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(d);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(d, name), text);
    return d;
  };
  const policyOf = (yaml: string) =>
    loadPolicy('p.yml', { cwd: folder('model-gate-checks-policy-', { 'p.yml': yaml }), catalog, now });
  let policy: Policy;
  beforeAll(async () => {
    policy = await policyOf(policyYaml);
  });
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  return {
    async run(id) {
      const root = folder('model-gate-checks-repo-', { 'models.yaml': `models:\n  - id: ${id}\n` });
      return (await check({ root, policy, catalog, now, scan: false })).models[0];
    },
    async checkFiles(files, yaml) {
      const root = folder('model-gate-checks-repo-', files);
      return check({ root, policy: yaml === undefined ? policy : await policyOf(yaml), catalog, now });
    },
  };
}

/** `id` is an exact catalog entry under `license`, of `family`, on `base` (or none), with its source and what is unconfirmed. */
export function expectCatalogEntry(id: string, license: string, family: string, base: string[] | undefined): void {
  const m = loadCatalog().lookup(id)!;
  expect(m).toMatchObject({ match: 'exact', model: { id, license, family } });
  expect(m.model.base_model).toEqual(base);
  expect(m.model.source).toMatch(/^https:\/\//);
  expect(m.model.unconfirmed).toBeTruthy();
}

/** The rules of a model's findings, in order. */
export const rulesOf = (m: ModelOf): string[] => m.findings.map((f) => f.rule);

/**
 * A model under the NVIDIA Open Model License derived from a Llama model (the Llama Nemotrons): the Llama license of
 * its base binds it through lineage, and, the more restrictive, is the one evaluated, with Built with Llama and the
 * Llama acceptable-use policy.
 */
export async function expectBoundByLlamaBase(
  run: CatalogChecks['run'],
  id: string,
  base: string,
  llama: string,
): Promise<void> {
  const m = await run(id);
  expect(rulesOf(m)).not.toContain('license.unknown');
  const lineage = m.lineage?.map((s) => [s.id, s.license]);
  expect(lineage?.[0]).toEqual([loadCatalog().model(id)!.id, 'nvidia-open-model-license']);
  expect(lineage).toContainEqual([base, llama]);
  expect(m.license).toBe(llama);
  expect(rulesOf(m)).toContain('obligation.attribution');
  expect(rulesOf(m)).toContain('use.restrictions');
}
