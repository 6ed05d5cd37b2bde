import { relative, resolve as resolvePath } from 'node:path';
import { Catalog, loadCatalog } from '../catalog/catalog.js';
import { kindOf } from '../core/manifest.js';
import { UserError } from '../core/errors.js';
import { FileReadError, readRegularFile } from '../core/files.js';
import { evaluate } from '../engine/evaluate.js';
import { FactResolver } from '../engine/resolve.js';
import type { CatalogModel, ModelStatus, Openness, Policy, RuleId } from '../core/types.js';
import { validateDoc } from '../core/validate.js';
import { parseYamlWithPositions, positionOf } from '../core/yaml.js';
import { loadPolicy, type RemotePolicyReader } from '../policy/load.js';
import type { SubjectModel } from '../rules/index.js';

interface TestCase {
  name: string;
  model?: string;
  facts?: {
    id: string;
    license?: string;
    publisher?: string;
    base_model?: string[];
    base_license?: string;
    formats?: string[];
    openness?: Openness;
    gated?: boolean;
    revision_found?: boolean;
  };
  revision?: string;
  declared?: boolean;
  manifest_license?: string;
  today?: string;
  expect: { status?: ModelStatus; rules?: RuleId[]; waived?: RuleId[]; not_rules?: RuleId[] };
}

const MAX_CASES_BYTES = 1024 * 1024;

export interface PolicyTestResult {
  passed: number;
  failed: number;
  output: string;
}

/** Evaluate one case; returns the problems (empty when it passes). */
async function runCase(
  tc: TestCase,
  policy: Policy,
  catalog: Catalog,
  at: { line: number; column: number },
  casesPath: string,
): Promise<string[]> {
  const { line, column } = at;
  if (!tc.model === !tc.facts) {
    throw new UserError({
      path: casesPath,
      line,
      column,
      message: `case "${tc.name}": give either model: or facts:, not ${tc.model ? 'both' : 'neither'}`,
    });
  }
  let cat = catalog;
  let id = tc.model ?? tc.facts!.id;
  if (tc.facts) {
    const f = tc.facts;
    const base = catalog.model(f.id);
    const license = f.license ?? base?.license;
    if (license && !catalog.license(license)) {
      throw new UserError({
        path: casesPath,
        line,
        column,
        message: `case "${tc.name}": unknown license id "${license}"`,
      });
    }
    const m: CatalogModel = {
      id: f.id,
      family: base?.family ?? 'test',
      publisher: f.publisher ?? base?.publisher ?? f.id.split('/')[0],
      license: license ?? '',
      gated: f.gated ?? base?.gated ?? false,
      formats: f.formats ?? base?.formats ?? ['safetensors'],
      openness: f.openness ?? base?.openness ?? 'open-weights',
      source: 'test case',
    };
    if (f.base_model ?? base?.base_model) m.base_model = f.base_model ?? base?.base_model;
    if (f.base_license && !catalog.license(f.base_license)) {
      throw new UserError({
        path: casesPath,
        line,
        column,
        message: `case "${tc.name}": unknown license id "${f.base_license}" in base_license`,
      });
    }
    // Bases the catalog does not know are described by base_license.
    const bases: CatalogModel[] = f.base_license
      ? (m.base_model ?? [])
          .filter((b) => !catalog.model(b))
          .map((b) => ({
            id: b,
            family: 'test',
            publisher: b.split('/')[0],
            license: f.base_license!,
            gated: false,
            formats: ['safetensors'],
            openness: 'open-weights',
            source: 'test case',
          }))
      : [];
    const replaced = new Set([f.id, ...bases.map((b) => b.id)].map((x) => x.toLowerCase()));
    const others = catalog.models.filter((x) => !replaced.has(x.id.toLowerCase()));
    cat = new Catalog(catalog.licenses, [...others, m, ...bases], catalog.rules);
    id = f.id;
  } else if (!catalog.model(id)) {
    throw new UserError({
      path: casesPath,
      line,
      column,
      message: `case "${tc.name}": model "${id}" is not in the catalog; describe it with facts: instead`,
    });
  }
  const facts = await new FactResolver(cat, undefined).resolve({
    id,
    kind: kindOf(id),
    revision: tc.revision,
    manifestLicense: tc.manifest_license,
  });
  // A case without a license describes a model nobody knows the license of: only a manifest_license can give one.
  if (tc.facts && !tc.facts.license && facts.licenseSource !== 'manifest') delete facts.license;
  if (tc.facts?.revision_found !== undefined) facts.revisionFound = tc.facts.revision_found;
  const declared = tc.declared ?? true;
  const where = { path: 'models.yaml', line: 1, column: 1 };
  const subject: SubjectModel = {
    facts,
    entry: declared
      ? {
          id,
          location: where,
          ...(tc.revision ? { revision: tc.revision } : {}),
          ...(tc.manifest_license ? { license: tc.manifest_license } : {}),
        }
      : undefined,
    references: declared ? [] : [{ id, kind: kindOf(id), path: 'app.py', line: 1, column: 1, scanner: 'test' }],
    location: declared ? where : { path: 'app.py', line: 1 },
  };
  if (tc.revision) subject.revision = tc.revision;
  const now = tc.today ? new Date(`${tc.today}T12:00:00Z`) : new Date();
  const m = evaluate({ subjects: [subject], policy, catalog: cat, now }).models[0];
  const problems: string[] = [];
  const unwaived = new Set(m.findings.filter((f) => !f.waived).map((f) => f.rule));
  const waived = new Set(m.findings.filter((f) => f.waived).map((f) => f.rule));
  const all = new Set(m.findings.map((f) => f.rule));
  if (tc.expect.status && m.status !== tc.expect.status)
    problems.push(`expected status ${tc.expect.status}, got ${m.status}`);
  for (const r of tc.expect.rules ?? []) if (!unwaived.has(r)) problems.push(`expected an unwaived ${r} finding`);
  for (const r of tc.expect.waived ?? []) if (!waived.has(r)) problems.push(`expected a waived ${r} finding`);
  for (const r of tc.expect.not_rules ?? []) if (all.has(r)) problems.push(`expected no ${r} finding`);
  if (problems.length)
    problems.push(`findings: ${m.findings.map((f) => `${f.rule}${f.waived ? ' (waived)' : ''}`).join(', ') || 'none'}`);
  return problems;
}

/** `model-gate test POLICY CASES.yml`: run each case against the policy. */
export async function runPolicyTests(
  policySpec: string,
  casesFile: string,
  opts: { cwd: string; remote?: RemotePolicyReader; catalog?: Catalog },
): Promise<PolicyTestResult> {
  const catalog = opts.catalog ?? loadCatalog();
  const policy = await loadPolicy(policySpec, { cwd: opts.cwd, remote: opts.remote, catalog });
  const abs = resolvePath(opts.cwd, casesFile);
  const display = relative(opts.cwd, abs) || casesFile;
  let text: string;
  try {
    text = (await readRegularFile(abs, MAX_CASES_BYTES)).toString('utf8');
  } catch (e) {
    throw new UserError({
      path: display,
      message: `cannot read the test cases: ${e instanceof FileReadError ? e.reason : (e as Error).message}`,
    });
  }
  const doc = parseYamlWithPositions(text, display, 'test cases file');
  validateDoc(doc, 'policy-test');
  const cases = (doc.value as { cases: TestCase[] }).cases;
  const lines: string[] = [`${policySpec} (policy "${policy.name}") against ${display}`];
  let passed = 0;
  let failed = 0;
  for (const [i, tc] of cases.entries()) {
    const at = positionOf(doc, `/cases/${i}`);
    const line = at.line;
    const problems = await runCase(tc, policy, catalog, at, display);
    if (problems.length) {
      failed++;
      lines.push(`  ✗ ${tc.name} (${display}:${line})`);
      for (const p of problems) lines.push(`      ${p}`);
    } else {
      passed++;
      lines.push(`  ✓ ${tc.name}`);
    }
  }
  lines.push('', `${passed} passed, ${failed} failed`);
  return { passed, failed, output: lines.join('\n') + '\n' };
}
