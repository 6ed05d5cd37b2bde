import { createHash } from 'node:crypto';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Finding, Report } from '../core/types.js';
import { RULES } from '../rules/index.js';
import { toolVersion } from './version.js';

const INFO_URI = 'https://github.com/model-gate/model-gate';

function level(f: Finding): Result.level {
  if (f.waived) return 'note';
  return f.severity === 'block' ? 'error' : 'warning';
}

/** SARIF 2.1.0: one rule per rule id with help text, one result per finding, stable partialFingerprints. */
export function renderSarif(report: Report): string {
  const rules: ReportingDescriptor[] = RULES.map((r) => ({
    id: r.meta.id,
    name: r.meta.id.replace(/[.-](\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
    shortDescription: { text: r.meta.description },
    fullDescription: { text: r.meta.description },
    help: { text: r.meta.help, markdown: `${r.meta.help}\n\n[Documentation](${r.meta.docs.url})` },
    helpUri: r.meta.docs.url,
    defaultConfiguration: {
      level: r.meta.defaultSeverity === 'block' ? 'error' : r.meta.defaultSeverity === 'warn' ? 'warning' : 'none',
    },
    properties: { tags: ['ai-model', r.meta.id.split('.')[0]] },
  }));
  const index = new Map(RULES.map((r, i) => [r.meta.id, i]));
  const results: Result[] = [];
  const ordinal = new Map<string, number>();
  const add = (f: Finding, modelId: string | undefined, status?: string) => {
    const key = `${f.rule}|${(modelId ?? '').toLowerCase()}|${f.path}`;
    const n = ordinal.get(key) ?? 0;
    ordinal.set(key, n + 1);
    const r: Result = {
      ruleId: f.rule,
      ruleIndex: index.get(f.rule),
      level: level(f),
      message: { text: f.help ? `${f.message}. ${f.help}` : f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: f.path.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
            region: { startLine: f.line, ...(f.column ? { startColumn: f.column } : {}) },
          },
        },
      ],
      partialFingerprints: { 'modelGateFinding/v1': createHash('sha256').update(`${key}|${n}`).digest('hex') },
      properties: { ...(modelId ? { model: modelId } : {}), ...(status ? { status } : {}), severity: f.severity },
    };
    if (f.waived && f.exception) {
      r.suppressions = [
        { kind: 'external', status: 'accepted', justification: `${f.exception.reason} (until ${f.exception.expires})` },
      ];
    }
    results.push(r);
  };
  for (const m of report.models) for (const f of m.findings) add(f, m.id, m.status);
  for (const f of report.policy_findings) add(f, undefined);
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'model-gate',
            version: toolVersion(),
            semanticVersion: toolVersion(),
            informationUri: INFO_URI,
            rules,
          },
        },
        results,
        properties: { verdict: report.verdict, policy: report.policy },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
