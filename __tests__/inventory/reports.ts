/**
 * JSON reports as `model-gate check --format json` writes them, for the inventory's tests: a few realistic
 * repositories of an organisation (a chat service, an ML pipeline, a docs site...) and a generator of many.
 */
import type { ModelReport, Report } from '../../src/core/types.js';

export type ModelSpec = Partial<ModelReport> & { id: string };

export function model(spec: ModelSpec): ModelReport {
  const status = spec.status ?? 'allowed';
  const findings =
    spec.findings ??
    (status === 'blocked'
      ? [
          {
            rule: 'license.denied' as const,
            severity: 'block' as const,
            waived: false,
            message: 'denied',
            path: 'models.yaml',
            line: 2,
          },
        ]
      : status === 'warning'
        ? [
            {
              rule: 'provenance.unpinned' as const,
              severity: 'warn' as const,
              waived: false,
              message: 'unpinned',
              path: 'models.yaml',
              line: 2,
            },
          ]
        : status === 'waived'
          ? [
              {
                rule: 'use.commercial' as const,
                severity: 'block' as const,
                waived: true,
                message: 'waived',
                path: 'models.yaml',
                line: 2,
              },
            ]
          : []);
  return {
    license: null,
    declared: true,
    new: true,
    locations: [{ path: 'models.yaml', line: 2 }],
    ...spec,
    status,
    findings,
  };
}

export function report(
  models: ModelSpec[],
  extra: Partial<Report> & { repository?: Report['repository'] } = {},
): Report {
  const ms = models.map(model);
  const count = (s: string) => ms.filter((m) => m.status === s).length;
  return {
    version: 1,
    verdict: ms.some((m) => m.status === 'blocked') ? 'fail' : 'pass',
    policy: 'acme-production',
    models: ms,
    policy_findings: [],
    summary: {
      models: ms.length,
      new: ms.length,
      existing: 0,
      blocked: count('blocked'),
      waived: count('waived'),
      warning: count('warning'),
      allowed: count('allowed'),
    },
    ...extra,
  };
}

const SHA = (n: number) => (n.toString(16).padStart(8, '0') + 'c0ffee'.repeat(6)).slice(0, 40);

/** Four repositories of acme-corp, as their checks would report them. */
export function orgReports(): Record<string, Report> {
  return {
    'acme-corp__chat-service.json': report(
      [
        {
          id: 'meta-llama/Llama-3.1-8B-Instruct',
          status: 'blocked',
          license: 'llama3.1',
          revision: '0e9e39f249a16976918f6564b8830bc894c89659',
          purpose: 'customer support chat',
          locations: [
            { path: 'models.yaml', line: 2 },
            { path: 'app/chat.py', line: 14 },
          ],
        },
        {
          id: 'sentence-transformers/all-MiniLM-L6-v2',
          license: 'apache-2.0',
          locations: [
            { path: 'models.yaml', line: 7 },
            { path: 'app/search/embed.py', line: 9 },
          ],
        },
        {
          id: 'facebook/musicgen-small',
          status: 'waived',
          license: 'cc-by-nc-4.0',
          locations: [{ path: 'models.yaml', line: 11 }],
        },
      ],
      {
        repository: {
          full_name: 'acme-corp/chat-service',
          url: 'https://github.com/acme-corp/chat-service',
          commit: SHA(1),
        },
      },
    ),
    'acme-corp__ml-pipeline.json': report(
      [
        {
          id: 'meta-llama/Llama-3.1-8B-Instruct',
          status: 'warning',
          license: 'llama3.1',
          revision: 'main',
          declared: false,
          locations: [{ path: 'training/finetune.py', line: 33 }],
        },
        {
          id: 'sentence-transformers/all-MiniLM-L6-v2',
          license: 'apache-2.0',
          locations: [{ path: 'pipelines/index.py', line: 4 }],
        },
        {
          id: 'mistralai/Mistral-7B-Instruct-v0.3',
          status: 'warning',
          license: 'apache-2.0',
          declared: false,
          locations: [{ path: 'notebooks/eval.ipynb', line: 120 }],
        },
      ],
      {
        repository: {
          full_name: 'acme-corp/ml-pipeline',
          url: 'https://github.com/acme-corp/ml-pipeline',
          commit: SHA(2),
        },
        not_scanned: [{ path: 'data/huge.jsonl', reason: 'larger than 5 MiB' }],
      },
    ),
    'acme-corp__docs-site.json': report([], {
      repository: { full_name: 'acme-corp/docs-site', url: 'https://github.com/acme-corp/docs-site', commit: SHA(3) },
    }),
    // An older report without the repository field: named after its file.
    'acme-corp__voice.json': report([
      {
        id: 'openai/whisper-large-v3',
        license: 'apache-2.0',
        revision: '06f233fe06e710322aca913c1bc4249a0d71fce1',
        locations: [{ path: 'services/asr/transcribe.py', line: 21 }],
      },
      {
        id: 'ollama:llama3.1:8b',
        kind: 'ollama',
        status: 'warning',
        license: 'llama3.1',
        declared: false,
        locations: [{ path: 'deploy/Modelfile', line: 1 }],
      },
    ]),
  };
}

const CATALOG_LIKE = [
  ['meta-llama/Llama-3.1-8B-Instruct', 'llama3.1'],
  ['mistralai/Mistral-7B-Instruct-v0.3', 'apache-2.0'],
  ['google/gemma-2-9b-it', 'gemma'],
  ['Qwen/Qwen2.5-7B-Instruct', 'apache-2.0'],
  ['stabilityai/stable-diffusion-xl-base-1.0', 'openrail++'],
  ['facebook/musicgen-small', 'cc-by-nc-4.0'],
  ['openai/whisper-large-v3', 'apache-2.0'],
  ['BAAI/bge-large-en-v1.5', 'mit'],
] as const;

/** Report i of a synthetic organisation: `perReport` models, a few shared by every repository, the rest its own. */
export function syntheticReport(i: number, perReport = 20): Report {
  const specs: ModelSpec[] = [];
  for (let k = 0; k < perReport; k++) {
    const shared = k < CATALOG_LIKE.length;
    const [id, license] = shared
      ? CATALOG_LIKE[(i + k) % CATALOG_LIKE.length]
      : [`acme-corp/finetune-${i}-${k}`, k % 3 ? 'apache-2.0' : null];
    const status =
      license === null ? 'blocked' : license === 'cc-by-nc-4.0' ? 'waived' : k % 4 === 0 ? 'warning' : 'allowed';
    specs.push({
      id,
      license,
      status,
      revision: k % 2 ? SHA(i * 100 + k) : undefined,
      declared: k % 5 !== 0,
      locations: [{ path: `services/svc-${k}/models.py`, line: 10 + k }],
    });
  }
  return report(specs, {
    repository: {
      full_name: `acme-corp/repo-${String(i).padStart(4, '0')}`,
      url: `https://github.com/acme-corp/repo-${String(i).padStart(4, '0')}`,
      commit: SHA(i),
    },
  });
}
