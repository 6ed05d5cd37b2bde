/** Hand-made reports for the action's and the Markdown renderer's tests. */
import type { Finding, ModelReport, Report } from '../../src/core/types.js';

export function finding(over: Partial<Finding> = {}): Finding {
  return {
    rule: 'use.user-cap',
    severity: 'block',
    waived: false,
    message:
      'Llama 3.1 Community License caps use at 700,000,000 monthly active users; the policy declares 800,000,000',
    help: 'Pick a model without a user cap, or obtain a license from Meta.',
    path: 'models.yaml',
    line: 2,
    ...over,
  };
}

export function model(over: Partial<ModelReport> = {}): ModelReport {
  return {
    id: 'meta-llama/Llama-3.1-8B-Instruct',
    status: 'allowed',
    license: 'llama3.1',
    declared: true,
    new: true,
    locations: [{ path: 'models.yaml', line: 2 }],
    findings: [],
    ...over,
  };
}

export function makeReport(models: ModelReport[], over: Partial<Report> = {}): Report {
  const count = (s: string) => models.filter((m) => m.status === s).length;
  const blockedNew = models.some((m) => m.new && m.status === 'blocked');
  return {
    version: 1,
    verdict: blockedNew ? 'fail' : 'pass',
    policy: 'acme-production',
    models,
    policy_findings: [],
    summary: {
      models: models.length,
      new: models.filter((m) => m.new).length,
      existing: models.filter((m) => !m.new).length,
      blocked: count('blocked'),
      waived: count('waived'),
      warning: count('warning'),
      allowed: count('allowed'),
    },
    ...over,
  };
}

/** A pull request report: one blocked, one warning, one waived, one allowed model added; one existing blocked. */
export function sampleReport(): Report {
  return makeReport(
    [
      model({
        status: 'blocked',
        findings: [
          finding(),
          finding({
            rule: 'provenance.unpinned',
            severity: 'warn',
            message: 'No commit revision is pinned',
            help: 'Add `revision:` with the commit sha of the weights.',
            line: 2,
          }),
        ],
        alternatives: ['Qwen/Qwen2.5-7B-Instruct', 'mistralai/Mistral-7B-Instruct-v0.3'],
        purpose: 'support chat assistant',
      }),
      model({
        id: 'google/gemma-2-9b-it',
        status: 'warning',
        license: 'gemma',
        locations: [
          { path: 'models.yaml', line: 5 },
          { path: 'app/chat.py', line: 14 },
        ],
        findings: [
          finding({
            rule: 'use.restrictions',
            severity: 'warn',
            message: 'The Gemma Terms of Use carry a prohibited use policy that passes downstream',
            help: 'Pass the use restrictions on to your users.',
            line: 5,
          }),
        ],
      }),
      model({
        id: 'acme/legacy-classifier',
        status: 'waived',
        license: 'cc-by-nc-4.0',
        locations: [{ path: 'models.yaml', line: 8 }],
        findings: [
          finding({
            rule: 'license.denied',
            waived: true,
            message: 'cc-by-nc-4.0 is denied by category non-commercial',
            line: 8,
            exception: {
              reason: 'Vendor contract LEGAL-123',
              expires: '2027-06-30',
              path: 'policy.yml',
              line: 30,
            },
          }),
        ],
      }),
      model({
        id: 'mistralai/Mistral-7B-Instruct-v0.3',
        status: 'allowed',
        license: 'apache-2.0',
        locations: [{ path: 'models.yaml', line: 11 }],
      }),
      model({
        id: 'openai-community/gpt2',
        status: 'blocked',
        license: null,
        new: false,
        locations: [{ path: 'scripts/old.py', line: 3 }],
        findings: [
          finding({
            rule: 'license.unknown',
            message: 'No license could be established for openai-community/gpt2',
            help: 'Declare the license in models.yaml.',
            path: 'scripts/old.py',
            line: 3,
          }),
        ],
      }),
    ],
    { base: 'abc1234def5678' },
  );
}
