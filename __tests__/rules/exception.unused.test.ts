import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../../src/core/types.js';
import { check } from '../../src/engine/check.js';
import { loadPolicy } from '../../src/policy/load.js';
import { testCatalog } from '../helpers/catalog.js';

const catalog = testCatalog();
const now = new Date('2026-11-28T10:00:00Z');
const tmps: string[] = [];
afterAll(() => tmps.forEach((d) => rmSync(d, { recursive: true, force: true })));

const MANIFEST =
  'models:\n  - id: facebook/musicgen-small\n    revision: 0e9e39f249a16976918f6564b8830bc894c89659\n  - id: gpt2\n    revision: 607a30d783dfa663caf39e06633721c8d4cfcd7e\n';

/** A full run of a repository declaring MusicGen (non-commercial) and GPT-2, under a policy with these lines. */
async function run(policyLines: string, opts: { base?: boolean } = {}): Promise<Report> {
  const dir = mkdtempSync(join(tmpdir(), 'model-gate-unused-'));
  tmps.push(dir);
  writeFileSync(join(dir, 'models.yaml'), MANIFEST);
  writeFileSync(join(dir, 'policy.yml'), `version: 1\nuse:\n  commercial: true\n${policyLines}`);
  const policy = await loadPolicy('policy.yml', { cwd: dir, catalog, now });
  return check({
    root: dir,
    policy,
    catalog,
    now,
    base: opts.base ? { ref: 'main', manifestText: MANIFEST, changedFiles: [] } : undefined,
  });
}

const exception = (models: string, more = '') =>
  `  - models: [${models}]\n    reason: marketing pilot LEGAL-9\n    expires: 2027-01-31\n${more}`;
const unused = (r: Report) => r.policy_findings.filter((f) => f.rule === 'exception.unused');

describe('exception.unused', () => {
  it('an exception that matches no model waives nothing: a warning at its line, not exception.expired', async () => {
    const r = await run(`exceptions:\n${exception('acme/legacy-*')}`);
    expect(r.policy_findings).toEqual([
      {
        rule: 'exception.unused',
        severity: 'warn',
        waived: false,
        message:
          'The exception for acme/legacy-* (marketing pilot LEGAL-9) matches no model in this repository and waives nothing',
        path: 'policy.yml',
        line: 5,
        column: 5,
        help: 'Remove the exception, or correct its model globs.',
      },
    ]);
    expect(r.verdict).toBe('fail'); // MusicGen is still blocked
  });

  it('an exception that matches a model but none of its findings waives nothing', async () => {
    const r = await run(`exceptions:\n${exception('facebook/musicgen-*', '    rules: [license.mismatch]\n')}`);
    expect(unused(r).map((f) => [f.line, f.message])).toEqual([
      [
        5,
        'The exception for facebook/musicgen-* (marketing pilot LEGAL-9) matches facebook/musicgen-small but waives none of its findings',
      ],
    ]);
    expect(unused(r)[0].help).toMatch(/correct its rules or paths/);
    // limited to other paths: the same
    const paths = await run(`exceptions:\n${exception('facebook/musicgen-*', '    paths: [other/**]\n')}`);
    expect(unused(paths)).toHaveLength(1);
  });

  it('an exception that waives a finding is used; one behind it that would waive the same is not', async () => {
    const r = await run(`exceptions:\n${exception('facebook/musicgen-*')}${exception('facebook/*')}`);
    expect(r.models.find((m) => m.id === 'facebook/musicgen-small')?.status).toBe('waived');
    expect(unused(r).map((f) => f.line)).toEqual([8]);
  });

  it('matches a model by its declared id too (an alias of the catalog id)', async () => {
    const r = await run(`exceptions:\n${exception('gpt2', '    rules: [provenance.unpinned]\n')}`);
    expect(unused(r).map((f) => f.message)).toEqual([
      'The exception for gpt2 (marketing pilot LEGAL-9) matches openai-community/gpt2 but waives none of its findings',
    ]);
  });

  it('is judged on full runs only, and leaves an expired exception to exception.expired', async () => {
    expect(unused(await run(`exceptions:\n${exception('acme/legacy-*')}`, { base: true }))).toEqual([]);
    const expired = await run('exceptions:\n  - models: [acme/legacy-*]\n    reason: old\n    expires: 2026-01-31\n');
    expect(expired.policy_findings.map((f) => f.rule)).toEqual(['exception.expired']);
  });

  it('takes its severity from the policy: block, and off for silence', async () => {
    const blocked = await run(`rules:\n  exception.unused: block\nexceptions:\n${exception('acme/legacy-*')}`);
    expect(unused(blocked)).toMatchObject([{ severity: 'block', line: 7 }]);
    const off = await run(`rules:\n  exception.unused: off\nexceptions:\n${exception('acme/legacy-*')}`);
    expect(off.policy_findings).toEqual([]);
    // exception.expired off does not silence it
    const other = await run(`rules:\n  exception.expired: off\nexceptions:\n${exception('acme/legacy-*')}`);
    expect(unused(other)).toHaveLength(1);
  });
});
