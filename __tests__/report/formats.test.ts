import { beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { check } from '../../src/engine/check.js';
import type { Report } from '../../src/core/types.js';
import { schemaValidator } from '../../src/core/validate.js';
import { loadPolicy } from '../../src/policy/load.js';
import { renderJson } from '../../src/report/json.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import { RULES } from '../../src/rules/index.js';
import { testCatalog } from '../helpers/catalog.js';

const catalog = testCatalog();
const now = new Date('2026-11-28T10:00:00Z');
let report: Report;

beforeAll(async () => {
  const policy = await loadPolicy('default', { cwd: process.cwd(), catalog, now });
  report = await check({ root: join(process.cwd(), '__tests__', 'fixtures', 'repos', 'mixed'), policy, catalog, now });
});

const hostile: Report = {
  version: 1,
  verdict: 'fail',
  policy: 'p',
  models: [
    {
      id: 'evil/\u001b[31mred\u001b[0m\u202e<script>',
      status: 'blocked',
      license: null,
      declared: true,
      new: true,
      locations: [{ path: 'models.yaml', line: 2 }],
      findings: [
        {
          rule: 'license.unknown',
          severity: 'block',
          waived: false,
          message: 'No license\u0007 for evil',
          path: 'models.yaml',
          line: 2,
          help: 'do x',
        },
      ],
    },
  ],
  policy_findings: [],
  summary: { models: 1, new: 1, existing: 0, blocked: 1, waived: 0, warning: 0, allowed: 0 },
};

describe('json', () => {
  it('validates against schemas/report.schema.json and round-trips', () => {
    const parsed = JSON.parse(renderJson(report)) as Report;
    expect(schemaValidator('report')(parsed)).toBe(true);
    expect(parsed).toEqual(report);
  });
  it('the schema rejects what the report format forbids', () => {
    const bad = JSON.parse(renderJson(report)) as Record<string, unknown>;
    bad.verdict = 'maybe';
    expect(schemaValidator('report')(bad)).toBe(false);
  });
});

describe('sarif', () => {
  const log = () => JSON.parse(renderSarif(report)) as Log;
  it('is SARIF 2.1.0 with one rule per rule id, help text and docs link', () => {
    const l = log();
    expect(l.version).toBe('2.1.0');
    const driver = l.runs[0].tool.driver;
    expect(driver.name).toBe('model-gate');
    expect(driver.rules!.map((r) => r.id)).toEqual(RULES.map((r) => r.meta.id));
    for (const r of driver.rules!) {
      expect(r.help?.text).toBeTruthy();
      expect(r.helpUri).toBe(`https://github.com/model-gate/model-gate/blob/main/docs/rules/${r.id}.md`);
    }
  });
  it('has one result per finding, at its file and line, with levels and stable fingerprints', () => {
    const l = log();
    const results = l.runs[0].results!;
    const findings = report.models.flatMap((m) => m.findings);
    expect(results).toHaveLength(findings.length + report.policy_findings.length);
    const undeclared = results.find((r) => r.ruleId === 'manifest.undeclared')!;
    expect(undeclared.locations![0].physicalLocation).toEqual({
      artifactLocation: { uri: 'app/main.py', uriBaseId: '%SRCROOT%' },
      region: { startLine: 5, startColumn: expect.any(Number) },
    });
    expect(results.filter((r) => r.level === 'error').length).toBe(
      findings.filter((f) => f.severity === 'block' && !f.waived).length,
    );
    const fps = results.map((r) => r.partialFingerprints!['modelGateFinding/v1']);
    expect(new Set(fps).size).toBe(fps.length);
    // Stable: the same report gives the same fingerprints; line moves do not change them.
    expect(log().runs[0].results!.map((r) => r.partialFingerprints!['modelGateFinding/v1'])).toEqual(fps);
    const moved = JSON.parse(JSON.stringify(report)) as Report;
    moved.models.forEach((m) => m.findings.forEach((f) => (f.line += 10)));
    expect(
      (JSON.parse(renderSarif(moved)) as Log).runs[0].results!.map(
        (r) => r.partialFingerprints!['modelGateFinding/v1'],
      ),
    ).toEqual(fps);
  });
  it('marks waived findings as suppressed with the reason', () => {
    const waived: Report = JSON.parse(JSON.stringify(hostile)) as Report;
    waived.models[0].findings[0] = {
      ...waived.models[0].findings[0],
      waived: true,
      exception: { reason: 'LEGAL-1', expires: '2027-01-01', path: 'p.yml', line: 9 },
    };
    const r = (JSON.parse(renderSarif(waived)) as Log).runs[0].results![0];
    expect(r.level).toBe('note');
    expect(r.suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: 'LEGAL-1 (until 2027-01-01)' },
    ]);
  });
});

describe('text', () => {
  it('shows a table, a line per finding with file:line, rule and what to do, and the verdict', () => {
    const t = renderText(report);
    expect(t).toMatch(/^STATUS\s+MODEL\s+LICENSE\s+WHERE$/m);
    expect(t).toMatch(/^BLOCKED\s+facebook\/musicgen-small\s+cc-by-nc-4\.0\s+models\.yaml:6$/m);
    expect(t).toMatch(/^ {2}app\/main\.py:5:\d+ {2}warn {4}manifest\.undeclared {2}app\/main\.py:5 loads /m);
    expect(t).toMatch(/^ {4}→ Declare the model in models\.yaml/m);
    expect(t).toMatch(/^FAIL {2}4 models, 2 blocked/m);
    // eslint-disable-next-line no-control-regex -- asserts that no escape sequence is written without colour
    expect(t).not.toMatch(/\u001b\[/);
  });
  it('cuts a long location from the left, keeping the file name and the line', () => {
    // LLaMA-Factory's registry and example configs: `constants.py:34…` (line 3423) and `.../train_lora/deeps…`
    const long: Report = JSON.parse(JSON.stringify(hostile)) as Report;
    long.models[0].id = 'lmsys/vicuna-13b-v1.5';
    long.models[0].locations = [{ path: 'src/llamafactory/extras/constants.py', line: 3423 }];
    long.models.push({
      ...long.models[0],
      id: 'deepseek-ai/DeepSeek-V3-0324-BF16',
      locations: [{ path: 'examples/ktransformers/train_lora/deepseek_v3_lora_sft_kt.yaml', line: 2 }],
    });
    const t = renderText(long);
    expect(t).toMatch(/^BLOCKED\s+lmsys\/vicuna-13b-v1\.5\s+unknown\s+…\S*extras\/constants\.py:3423$/m);
    expect(t).toMatch(
      /^BLOCKED\s+deepseek-ai\/DeepSeek-V3-0324-BF16\s+unknown\s+…\S*\/deepseek_v3_lora_sft_kt\.yaml:2$/m,
    );
    for (const line of t.split('\n').filter((l) => l.startsWith('BLOCKED  ')))
      expect(line.slice(line.lastIndexOf(' ') + 1).length).toBeLessThanOrEqual(40);
  });
  it('colours only when asked', () => {
    // eslint-disable-next-line no-control-regex -- asserts that colour escape sequences are written when asked
    expect(renderText(report, { color: true })).toMatch(/\u001b\[31m/);
  });
  it('strips control characters and bidi overrides from hostile ids', () => {
    const t = renderText(hostile);
    // eslint-disable-next-line no-control-regex -- asserts that control characters are stripped
    expect(t).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u202e]/);
    expect(t).toContain('evil/red <script>');
  });
  it('lets no hostile text start a workflow command, drive the terminal or show a credential', () => {
    const evil: Report = JSON.parse(JSON.stringify(hostile)) as Report;
    evil.models[0].id = 'evil/x\n::error::pwned';
    evil.models[0].findings[0] = {
      ...evil.models[0].findings[0],
      path: '::add-mask::models.yaml',
      message:
        'the Hub lookup failed: could not reach http://u:PASS@hub.internal/api/models/x ##[set-output name=v;]pass \u001b]8;;https://evil.example/\u0007link\u001b]8;;\u0007',
    };
    const t = renderText(evil, { color: true });
    for (const line of t.split(/\r\n|\r|\n/)) expect(line.trimStart()).not.toMatch(/^::/);
    // eslint-disable-next-line no-control-regex -- asserts that no OSC escape sequence is left
    expect(t).not.toMatch(/##\[|PASS|evil\.example|\u001b\]/);
    expect(t).toContain('evil/x ::error::pwned');
    expect(t).toContain('http://***@hub.internal/api/models/x');
  });
  it('says so when there is nothing to report', () => {
    const empty: Report = {
      ...hostile,
      verdict: 'pass',
      models: [],
      summary: { models: 0, new: 0, existing: 0, blocked: 0, waived: 0, warning: 0, allowed: 0 },
    };
    expect(renderText(empty)).toMatch(/No models found/);
    expect(renderText(empty)).toMatch(/^PASS {2}0 models/m);
  });
});
