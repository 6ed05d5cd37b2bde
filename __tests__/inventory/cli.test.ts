import { afterAll, describe, expect, it } from '@jest/globals';
import { CLI_BUNDLE } from '../helpers/bundle.js';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cmdInventory } from '../../src/cli/inventory.js';
import type { CliIO } from '../../src/cli/io.js';
import { schemaValidator } from '../../src/core/validate.js';
import { inventoryJson, reportJson } from '../helpers/json.js';
import { orgReports } from './reports.js';

const cli = CLI_BUNDLE;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tree(files: Record<string, string | object>): string {
  const dir = mkdtempSync(join(tmpdir(), 'model-gate-inv-'));
  dirs.push(dir);
  for (const [rel, v] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), typeof v === 'string' ? v : JSON.stringify(v, null, 2));
  }
  return dir;
}

function io(cwd: string, env: Record<string, string> = {}): CliIO & { out: string; err: string } {
  const o = {
    out: '',
    err: '',
    cwd,
    env: { SOURCE_DATE_EPOCH: '1796025600', ...env },
    stdout: { write: (t: string) => void (o.out += t) },
    stderr: { write: (t: string) => void (o.err += t) },
  };
  return o;
}

const reports = Object.fromEntries(Object.entries(orgReports()).map(([f, r]) => [`reports/${f}`, r]));

describe('model-gate inventory (in process)', () => {
  it('reads a folder of reports and writes each format to --output', async () => {
    const dir = tree({ ...reports, 'reports/notes.txt': 'not a report' });
    for (const [format, file] of [
      ['json', 'out/inventory.json'],
      ['html', 'out/inventory.html'],
      ['csv', 'out/inventory.csv'],
      ['markdown', 'out/inventory.md'],
    ]) {
      const o = io(dir);
      expect(await cmdInventory(['reports', '--format', format, '--output', file], o)).toBe(0);
      expect(o.out).toMatch(
        new RegExp(
          `^inventory: 6 models in 4 repositories \\(1 blocked, 1 waived, 2 with warnings, 2 allowed\\) -> ${file} \\(${format}, [\\d,]+ bytes\\)\\n$`,
        ),
      );
      expect(o.err).toBe("warning: acme-corp/ml-pipeline: 1 file was not scanned (see its report's not_scanned)\n");
    }
    const inv = inventoryJson(readFileSync(join(dir, 'out/inventory.json'), 'utf8'));
    expect(schemaValidator('inventory')(inv)).toBe(true);
    expect(inv.generated_at).toBe(new Date(1796025600 * 1000).toISOString());
    expect(inv.repositories.map((r: { reports: string[] }) => r.reports[0])).toEqual([
      'reports/acme-corp__chat-service.json',
      'reports/acme-corp__docs-site.json',
      'reports/acme-corp__ml-pipeline.json',
      'reports/acme-corp__voice.json',
    ]);
    expect(readFileSync(join(dir, 'out/inventory.html'), 'utf8')).toMatch(/^<!doctype html>/);
    expect(readFileSync(join(dir, 'out/inventory.csv'), 'utf8')).toMatch(/^model,license,category,status,/);
  });

  it('prints Markdown by default; takes quoted globs and nested artifact folders', async () => {
    const dir = tree({
      'artifacts/model-gate-report-1/acme-corp__chat-service.json': orgReports()['acme-corp__chat-service.json'],
      'artifacts/model-gate-report-2/acme-corp__voice.json': orgReports()['acme-corp__voice.json'],
    });
    const o = io(dir);
    expect(await cmdInventory(['artifacts/*/acme-corp__*.json'], o)).toBe(0);
    expect(o.out).not.toContain('Cut to fit');
    expect(o.out).toMatch(/^## Model inventory\n\n\*\*5 models\*\* in \*\*2 repositories\*\*/);
    const o2 = io(dir);
    expect(await cmdInventory(['artifacts', '--format', 'json'], o2)).toBe(0);
    expect(inventoryJson(o2.out).summary.repositories).toBe(2);
  });

  it('--repo-from-filename names repositories after their files; --expected lists the missing', async () => {
    const dir = tree({
      'r/acme-corp__renamed.json': orgReports()['acme-corp__chat-service.json'],
      'expected.txt': '# listed by org-matrix\nacme-corp/renamed\nacme-corp/payments\n\n',
    });
    const o = io(dir);
    expect(
      await cmdInventory(
        ['r/acme-corp__renamed.json', '--repo-from-filename', '--expected', 'expected.txt', '--format', 'json'],
        o,
      ),
    ).toBe(0);
    const inv = inventoryJson(o.out);
    expect(inv.repositories.map((r: { name: string }) => r.name)).toEqual(['acme-corp/renamed']);
    expect(inv.missing).toEqual(['acme-corp/payments']);
    expect(o.err).toMatch(/^warning: 1 expected repository has no report/);
    // With --expected, an empty folder is an inventory of nothing checked.
    const empty = tree({ 'reports/.keep': '', 'expected.txt': 'acme-corp/a\n' });
    const o3 = io(empty);
    expect(await cmdInventory(['reports', '--expected', 'expected.txt', '--format', 'json'], o3)).toBe(0);
    expect(JSON.parse(o3.out)).toMatchObject({ missing: ['acme-corp/a'], summary: { repositories: 0, models: 0 } });
  });

  it('in a GitHub Actions run, a cut Markdown links to the run that holds the complete inventory', async () => {
    const many = Object.fromEntries(
      Array.from({ length: 900 }, (_, i) => [
        `r/acme-corp__svc-${i}.json`,
        orgReports()['acme-corp__chat-service.json'],
      ]),
    );
    const dir = tree(many);
    const o = io(dir, {
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme-corp/.github',
      GITHUB_RUN_ID: '123456789',
    });
    expect(await cmdInventory(['r', '--repo-from-filename', '--title', 'Model inventory: acme-corp'], o)).toBe(0);
    expect(o.out.length).toBeLessThanOrEqual(65_000);
    expect(o.out).toMatch(
      /> Cut to fit: \d+ repositories not shown here; see \[the complete inventory\]\(https:\/\/github\.com\/acme-corp\/\.github\/actions\/runs\/123456789\)\.\n$/,
    );
  });

  it('reports every bad file, one line each', async () => {
    const dir = tree({
      'ok.json': orgReports()['acme-corp__voice.json'],
      'broken.json': '{\n  "version": 1,\n  "models": [\n',
      'results.sarif.json': { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [] },
      'v2.json': { version: 2, verdict: 'pass', policy: 'p', models: [] },
    });
    const err = await cmdInventory(
      ['ok.json', 'broken.json', 'results.sarif.json', 'v2.json', 'missing.json', 'empty-dir-does-not-exist/'],
      io(dir),
    ).catch((e: Error) => e);
    expect((err as Error).message.split('\n')).toEqual([
      'missing.json:1:1: no such file or folder',
      'empty-dir-does-not-exist/:1:1: no such file or folder',
    ]);
    const err2 = await cmdInventory(['ok.json', 'broken.json', 'results.sarif.json', 'v2.json'], io(dir)).catch(
      (e: Error) => e,
    );
    expect((err2 as Error).message.split('\n')).toEqual([
      expect.stringMatching(
        /^broken\.json:4:1: not JSON \(.+\); expected a model-gate JSON report \(model-gate check --format json\)$/,
      ),
      'results.sarif.json:1:1: a SARIF log, not a model-gate JSON report; write one with model-gate check --format json',
      'v2.json:1:1: report version 2: this model-gate reads version 1; merge reports written by the same model-gate version',
    ]);
    await expect(cmdInventory(['ok.json', '--format', 'pdf'], io(dir))).rejects.toThrow(
      'model-gate: --format must be one of markdown, csv, html, json, not "pdf"',
    );
    await expect(cmdInventory([], io(dir))).rejects.toThrow(/inventory takes one or more reports/);
  });
});

describe('model-gate check names its repository; inventory merges by it (built CLI)', () => {
  const run = (args: string[], cwd: string, env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [cli, ...args], {
      cwd,
      encoding: 'utf8',
      timeout: 60_000,
      env: { PATH: process.env.PATH!, HOME: cwd, HF_HUB_OFFLINE: '1', NO_COLOR: '1', ...env },
    });

  it('writes repository (from the origin remote, credentials dropped) into the JSON report', () => {
    const dir = tree({ 'svc/models.yaml': 'models:\n  - id: openai/whisper-large-v3\n    license: apache-2.0\n' });
    const repo = join(dir, 'svc');
    const g = (...a: string[]) => execFileSync('git', ['-C', repo, ...a], { encoding: 'utf8' }).trim();
    g('init', '-q');
    g('add', '-A');
    g('-c', 'user.name=dev', '-c', 'user.email=dev@example.com', 'commit', '-q', '-m', 'init');
    g('remote', 'add', 'origin', 'https://x-access-token:ghs_SECRET@github.com/acme-corp/speech.git');
    const r = run(['check', 'svc', '--offline', '--format', 'json', '--output', 'out/whatever.json'], dir);
    expect(r.stderr).toBe('');
    const report = reportJson(readFileSync(join(dir, 'out/whatever.json'), 'utf8'));
    expect(report.repository).toEqual({
      full_name: 'acme-corp/speech',
      url: 'https://github.com/acme-corp/speech',
      commit: g('rev-parse', 'HEAD'),
    });
    expect(schemaValidator('report')(report)).toBe(true);
    expect(JSON.stringify(report)).not.toContain('SECRET');

    const inv = run(['inventory', 'out', '--format', 'json'], dir);
    expect(inv.status).toBe(0);
    const doc = inventoryJson(inv.stdout);
    expect(doc.repositories[0]).toMatchObject({ name: 'acme-corp/speech', url: 'https://github.com/acme-corp/speech' });
    expect(doc.repositories[0].commit).toBe(g('rev-parse', 'HEAD'));
    const csv = run(['inventory', 'out', '--format', 'CSV'], dir);
    expect(csv.stdout.split('\r\n')[1]).toContain(
      `,https://github.com/acme-corp/speech/blob/${g('rev-parse', 'HEAD')}/models.yaml#L2,`,
    );
  });

  it('exits 2 with one line per bad report, and lists the command in --help', () => {
    const dir = tree({ 'a.json': 'not json at all' });
    const r = run(['inventory', 'a.json'], dir);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^a\.json:1:1: not JSON \(.*\); expected a model-gate JSON report \(model-gate check --format json\)\n$/,
    );
    const h = run(['--help'], dir);
    expect(h.stdout).toMatch(/model-gate inventory REPORT\.json\.\.\. +merge the JSON reports/);
    expect(run(['inventory', '--help'], dir).stdout).toMatch(/--format FORMAT +markdown, csv, html or json/);
    const htm = run(['inventory', 'a.json', '--format', 'htm'], dir);
    expect([htm.status, htm.stderr]).toEqual([
      2,
      'model-gate: --format must be one of markdown, csv, html, json, not "htm"; did you mean "html"?\n',
    ]);
    const bad = run(['inventory', 'a.json', '--bogus'], dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('model-gate: unknown option --bogus; run model-gate inventory --help\n');
  });
});
