import { describe, expect, it } from '@jest/globals';
import type { Finding, ModelReport, Report } from '../../src/core/types.js';
import { schemaValidator } from '../../src/core/validate.js';
import { evaluate, MAX_MENTIONS } from '../../src/engine/evaluate.js';
import { loadPolicy } from '../../src/policy/load.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { testCatalog } from '../helpers/catalog.js';

/** The report's sections beside the models: trusted publishers once, license notes, hosted services, mentions. */
const TRUSTED = ['meta-llama', 'google', 'Qwen', 'microsoft', 'allenai', 'nvidia'];

const untrusted = (id: string): ModelReport => {
  const f: Finding = {
    rule: 'provenance.untrusted-publisher',
    severity: 'warn',
    waived: false,
    message: `${id} is published by "${id.split('/')[0]}", who is not among the policy's trusted publishers`,
    path: 'models.yaml',
    line: 2,
  };
  return {
    id,
    status: 'warning',
    license: 'mit',
    license_source: 'hub',
    declared: true,
    new: true,
    locations: [{ path: 'models.yaml', line: 2 }],
    findings: [f],
  };
};

function report(extra: Partial<Report> = {}, models: ModelReport[] = []): Report {
  return {
    version: 1,
    verdict: 'pass',
    policy: 'p',
    models,
    policy_findings: [],
    summary: {
      models: models.length,
      new: models.length,
      existing: 0,
      blocked: 0,
      waived: 0,
      warning: models.length,
      allowed: 0,
    },
    ...extra,
  };
}

const count = (text: string, needle: string) => text.split(needle).length - 1;

describe('trusted publishers', () => {
  const r = report({ trusted_publishers: TRUSTED }, [
    untrusted('someone/a'),
    untrusted('other/b'),
    untrusted('third/c'),
  ]);

  it('are stated once in the text header, not in each finding', () => {
    const text = renderText(r);
    expect(text.split('\n')[1]).toBe(`trusted publishers: ${TRUSTED.join(', ')}`);
    expect(count(text, 'microsoft')).toBe(1);
  });

  it('are stated once in the Markdown header', () => {
    const md = renderMarkdown(r);
    expect(count(md, 'microsoft')).toBe(1);
    expect(md).toMatch(
      /^<sub>Trusted publishers \(provenance\.trusted_publishers\): meta-llama, google, Qwen, microsoft, allenai, nvidia<\/sub>$/m,
    );
  });

  it('are not stated when no finding refers to them', () => {
    const quiet = report({ trusted_publishers: TRUSTED });
    expect(renderText(quiet)).not.toContain('trusted publishers');
    expect(renderMarkdown(quiet)).not.toContain('Trusted publishers');
  });
});

describe('license notes', () => {
  const m = (id: string, extra: Partial<ModelReport>): ModelReport => ({
    id,
    status: 'allowed',
    license: 'apache-2.0',
    declared: true,
    new: true,
    locations: [{ path: 'models.yaml', line: 2 }],
    findings: [],
    ...extra,
  });
  const r = report({}, [
    m('acme/private', { license_source: 'manifest' }),
    m('Qwen/Qwen2.5-14B-Instruct-AWQ', { license_source: 'catalog', match: 'family' }),
    m('bartowski/Mistral-Nemo-Instruct-2407-GGUF', { license_source: 'catalog', match: 'reupload' }),
    m('openai-community/gpt2', { license: 'mit', license_source: 'catalog', match: 'exact' }),
  ]);

  it('say how sure a license is, in text and Markdown', () => {
    const text = renderText(r);
    expect(text).toMatch(/acme\/private +apache-2\.0 \(declared, unverified\)/);
    expect(text).toMatch(/Qwen2\.5-14B-Instruct-AWQ +apache-2\.0 \(catalog family rule\)/);
    expect(text).toMatch(/Mistral-Nemo-Instruct-2407-GGUF +apache-2\.0 \(catalog re-upload rule\)/);
    expect(text).toMatch(/openai-community\/gpt2 +mit +models/);
    const md = renderMarkdown(r);
    const row = (id: string) => md.split('\n').find((l) => l.startsWith('| ') && l.includes(id))!;
    expect(row('Qwen2.5-14B-Instruct-AWQ')).toMatch(/apache-2\.0[^|]*<br><sub>catalog family rule<\/sub> \|/);
    expect(row('acme/private')).toMatch(/apache-2\.0[^|]*<br><sub>declared, unverified<\/sub> \|/);
    expect(row('openai-community/gpt2')).not.toMatch(/<sub>(declared|catalog)/);
  });
});

describe('mentions and hosted services', () => {
  it('count the mentions the scan left out under its cap on references (mentions_total), listing those it kept', async () => {
    const catalog = testCatalog();
    const policy = await loadPolicy('default', { cwd: process.cwd(), catalog });
    const r = evaluate({
      subjects: [],
      policy,
      catalog,
      mentions: [{ id: 'acme/doc-model', path: 'docs/guide.md', line: 3 }],
      mentionsUnlisted: 1105,
    });
    expect(r.mentions).toEqual([{ id: 'acme/doc-model', path: 'docs/guide.md', line: 3 }]);
    expect(r.mentions_total).toBe(1106);
    expect(r.not_scanned).toBeUndefined();
    expect(schemaValidator('report')(JSON.parse(renderJson(r)))).toBe(true);
    expect(renderText(r)).toMatch(/^Mentions \(1106 places, 1 model among those listed\)/m);
    expect(renderText(r)).toMatch(/^ {2}and 1105 more \(not listed\)$/m);
    expect(renderMarkdown(r)).toContain('and 1105 more (not listed).');
    // every mention left out (the run's loads filled the cap): still counted and said
    const none = evaluate({ subjects: [], policy, catalog, mentions: [], mentionsUnlisted: 7 });
    expect(none.mentions_total).toBe(7);
    expect(renderText(none)).toMatch(/^Mentions \(7 places, 0 models among those listed\)/m);
    expect(renderMarkdown(none)).toContain('Mentions: 7 places in documentation and tests name models');
  });

  it('are capped in the JSON report with the total beside them, and valid against the schema', async () => {
    const catalog = testCatalog();
    const policy = await loadPolicy('default', { cwd: process.cwd(), catalog });
    const mentions = Array.from({ length: MAX_MENTIONS + 250 }, (_, i) => ({
      id: `user${i}/lora`,
      path: 'README.md',
      line: i + 1,
    }));
    const r = evaluate({
      subjects: [],
      policy,
      catalog,
      mentions: mentions.reverse(),
      hosted: [{ id: 'gpt-4o', provider: 'openai', locations: [{ path: 'app.py', line: 3 }] }],
    });
    expect(r.mentions).toHaveLength(MAX_MENTIONS);
    expect(r.mentions![0]).toEqual({ id: 'user0/lora', path: 'README.md', line: 1 });
    expect(r.mentions_total).toBe(MAX_MENTIONS + 250);
    expect(r.verdict).toBe('pass');
    expect(schemaValidator('report')(JSON.parse(renderJson(r)))).toBe(true);
    const text = renderText(r);
    expect(text).toMatch(/^Mentions \(1250 places, 1000 models among those listed\)/m);
    const md = renderMarkdown(r);
    expect(md).toContain('and 1200 more (the JSON report lists them).');
    expect(count(md, 'user')).toBe(50);
  });

  it('keep hostile ids and paths inert', () => {
    const r = report({
      mentions: [{ id: 'evil/<img src=x onerror=alert(1)>', path: 'docs/\u001b[31m@admin.md', line: 3 }],
      hosted: [
        { id: 'gpt-4o](https://evil.example)', provider: '<b>openai</b>', locations: [{ path: 'a|b.py', line: 1 }] },
      ],
    });
    const md = renderMarkdown(r);
    expect(md).not.toMatch(/<img|<b>|(?<!\\)\]\(https:\/\/evil/);
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(md).toContain('@\u200dadmin');
    const text = renderText(r);
    expect(text).not.toContain('\u001b[31m');
  });
});
