import { afterAll, describe, expect, it } from '@jest/globals';
import { loadCatalog } from '../../src/catalog/catalog.js';
import type { ModelReport, Report } from '../../src/core/types.js';
import { check, subjectOf } from '../../src/engine/check.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { discover } from '../../src/engine/discover.js';
import { FactResolver } from '../../src/engine/resolve.js';
import { loadPolicy } from '../../src/policy/load.js';
import type { SubjectModel } from '../../src/rules/index.js';
import { tmpTree } from '../helpers/tmp.js';

/**
 * The shortcuts taken for large manifests (alternatives' candidates judged once per run, models sorted by group,
 * a declared model's location taken directly, no policy findings without exceptions) give the report the
 * straightforward computation gives: each model evaluated alone, sorted by the full comparison.
 */
const catalog = loadCatalog();
const now = new Date('2026-11-28T10:00:00Z');
const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));

/** A seeded manifest of varied models, a code file loading some of them (and others), and a policy with exceptions. */
function tree(count: number): Record<string, string> {
  let seed = 11;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const known = catalog.models;
  const licenses = ['apache-2.0', 'mit', 'cc-by-nc-4.0', 'llama3.1', 'acme-eula', 'other', 'gpl-3.0', 'cc-by-nd-4.0'];
  const lines = ['models:'];
  const code: string[] = ['from transformers import AutoModel', ''];
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const k = pick(known);
    const r = rnd();
    const entry: string[] = [];
    let id: string;
    if (r < 0.2) {
      id = i % 7 ? k.id : k.id.toUpperCase();
      if (ids.some((x) => x.toLowerCase() === id.toLowerCase())) continue;
      entry.push(`  - id: ${id}`);
      const pin = rnd();
      if (pin < 0.5) entry.push(`    revision: ${(i.toString(16) + 'b'.repeat(40)).slice(0, 40)}`);
      else if (pin < 0.75) entry.push('    revision: main');
      if (rnd() < 0.5) entry.push(`    license: ${rnd() < 0.7 ? k.license : pick(licenses)}`);
    } else if (r < 0.7) {
      id = `${pick(['acme', 'meta-llama', 'TheBloke', 'unsloth', 'mistralai'])}/${k.id.split('/').pop()}-ft-${i}`;
      entry.push(`  - id: ${id}`, `    base_model: ${rnd() < 0.9 ? k.id : `acme/private-base-${i % 5}`}`);
      if (rnd() < 0.85) entry.push(`    license: ${pick(licenses)}`);
    } else if (r < 0.8) {
      id = `./weights/model-${i}.gguf`;
      entry.push(`  - id: ${id}`, `    base_model: ${k.id}`);
    } else if (r < 0.85) {
      id = `ollama:${pick(['llama3.1', 'mistral', 'qwen2.5', 'unknownthing'])}:${i}`;
      entry.push(`  - id: ${id}`);
    } else {
      id = `acme/unknown-model-${i}`;
      entry.push(`  - id: ${id}`, `    license: ${pick(licenses)}`);
      if (rnd() < 0.3) entry.push('    purpose: internal support bot');
    }
    ids.push(id);
    lines.push(...entry);
    if (rnd() < 0.1 && !id.startsWith('.') && !id.startsWith('ollama:')) {
      code.push(`m${i} = AutoModel.from_pretrained("${id}")`, `m${i}b = AutoModel.from_pretrained("${id}")`);
    }
  }
  code.push(
    'x = AutoModel.from_pretrained("Qwen/Qwen2.5-7B-Instruct")',
    'y = AutoModel.from_pretrained("acme/code-only")',
  );
  const policy = [
    'version: 1',
    'extends: [default]',
    'exceptions:',
    '  - models: ["acme/*-ft-1*"]',
    '    reason: pilot LEGAL-1',
    '    expires: 2027-01-01',
    '  - models: [TheBloke/*]',
    '    rules: [provenance.untrusted-publisher]',
    '    reason: reviewed',
    '    expires: 2026-12-01',
    '  - models: [nobody/*]',
    '    reason: stale',
    '    expires: 2026-01-01',
    '',
  ].join('\n');
  return { 'models.yaml': lines.join('\n') + '\n', 'app/main.py': code.join('\n') + '\n', 'policy.yml': policy };
}

/** The order of the report before the shortcut: one comparison of (new, status, id) over all models. */
function sortedStraight(models: ModelReport[]): ModelReport[] {
  const order = { blocked: 0, waived: 1, warning: 2, allowed: 3 };
  return [...models].sort(
    (a, b) =>
      Number(b.new) - Number(a.new) ||
      order[a.status] - order[b.status] ||
      (a.id.toLowerCase() < b.id.toLowerCase()
        ? -1
        : a.id.toLowerCase() > b.id.toLowerCase()
          ? 1
          : a.id < b.id
            ? -1
            : a.id > b.id
              ? 1
              : 0),
  );
}

describe('a large, varied manifest', () => {
  it('gives the report of the straightforward evaluation', async () => {
    const t = tmpTree(tree(600));
    cleanups.push(t.remove);
    for (const spec of ['policy.yml', 'default']) {
      const policy = await loadPolicy(spec, { cwd: t.dir, catalog, now });
      const report = await check({ root: t.dir, policy, catalog, now });
      expect(report.models.length).toBeGreaterThan(450);
      // varied: every status, alternatives, waivers, several locations
      for (const st of ['blocked', 'warning', 'allowed'] as const)
        expect(report.models.some((m) => m.status === st)).toBe(true);
      expect(report.models.some((m) => m.alternatives?.length)).toBe(true);
      expect(report.models.some((m) => m.locations.length > 1)).toBe(true);
      if (spec === 'policy.yml') {
        expect(report.models.some((m) => m.findings.some((f) => f.waived))).toBe(true);
        expect(report.policy_findings.length).toBeGreaterThan(0);
      }
      expect(report.models).toEqual(sortedStraight(report.models));

      // each model evaluated alone (no state shared across models), with its own location list
      const d = await discover({ root: t.dir, policy, catalog, scan: true });
      const facts = new FactResolver(catalog);
      const subjects: SubjectModel[] = [];
      for (const g of d.groups) subjects.push(await subjectOf(g, facts));
      const alone = new Map<string, ModelReport>();
      for (const s of subjects) {
        const m = evaluate({ subjects: [s], policy, catalog, now, complete: true }).models[0];
        const places = [s.entry?.location, ...s.references]
          .filter((l) => !!l)
          .map((l) => ({ path: l.path, line: l.line }))
          .filter((l, i, all) => all.findIndex((x) => x.path === l.path && x.line === l.line) === i);
        expect(m.locations).toEqual(places);
        alone.set(m.id, m);
      }
      expect(report.models).toEqual(report.models.map((m) => alone.get(m.id)));
      const whole: Report = evaluate({ subjects, policy, catalog, now, complete: true });
      expect(whole.policy_findings).toEqual(report.policy_findings);
    }
  });
});
