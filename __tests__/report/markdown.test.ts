import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { codeText, escapeText, exceptionDaysFor, renderMarkdown } from '../../src/report/markdown.js';
import { finding, makeReport, model, sampleReport } from '../action/reports.js';

const here = dirname(fileURLToPath(import.meta.url));
const SNAPSHOT = join(here, '..', 'fixtures', 'action', 'comment.md');
const today = new Date('2026-11-28T12:00:00Z');
const opts = {
  marker: '<!-- model-gate:model-gate -->',
  summaryUrl: 'https://github.com/acme/app/actions/runs/42',
  today,
};

/** Table rows: lines starting with `|`; each must have as many cell separators as the header. */
function tableRows(md: string): string[] {
  return md.split('\n').filter((l) => l.startsWith('|'));
}

describe('renderMarkdown', () => {
  it('matches the snapshot (also the README example)', () => {
    const md = renderMarkdown(sampleReport(), opts);
    if (process.env.UPDATE_SNAPSHOTS || !existsSync(SNAPSHOT)) writeFileSync(SNAPSHOT, md);
    expect(md).toBe(readFileSync(SNAPSHOT, 'utf8'));
  });

  it('puts the verdict first, after the marker', () => {
    const lines = renderMarkdown(sampleReport(), opts).split('\n');
    expect(lines[0]).toBe('<!-- model-gate:model-gate -->');
    expect(lines[1]).toBe('## ❌ model-gate: 1 model blocked');
  });

  it('lists the blocked models first, then the other models added or changed, with status, license and reason', () => {
    const md = renderMarkdown(sampleReport(), opts);
    expect(md.indexOf('### Blocked')).toBeLessThan(md.indexOf('### Other models added or changed'));
    expect(md).toMatch(
      /\| ❌ blocked \| \[meta-llama\/Llama-3\.1-8B-Instruct\]\(https:\/\/huggingface\.co\/meta-llama\/Llama-3\.1-8B-Instruct\)<br><sub>models\.yaml:2 · support chat assistant<\/sub> \| \[llama3\.1\]\(https:\/\/github\.com\/meta-llama\/llama-models\/blob\/main\/models\/llama3_1\/LICENSE\) \| Llama 3\.1 Community License caps use/,
    );
    expect(md).toContain('waived by an exception: Vendor contract LEGAL-123 (expires 2027-06-30)');
    expect(md).toContain(
      '| ✅ allowed | [mistralai/Mistral-7B-Instruct-v0.3](https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.3)',
    );
    // The other models: only when none is blocked is the table called "Models added or changed".
    const pass = renderMarkdown(makeReport([model({ license: 'apache-2.0' })], { base: 'abc' }), opts);
    expect(pass).toContain('### Models added or changed');
  });

  it('says what to do for each blocked model: alternatives, an exception snippet, the help', () => {
    const md = renderMarkdown(sampleReport(), opts);
    expect(md).toContain('### How to fix');
    expect(md).toContain('**Use an allowed alternative:** <code>Qwen/Qwen2.5-7B-Instruct</code>');
    expect(md).toContain('**Fix:** Pick a model without a user cap, or obtain a license from Meta.');
    const yaml = /```yaml\n([\s\S]*?)```/.exec(md)![1];
    const doc = load(yaml) as {
      exceptions: { models: string[]; rules: string[]; reason: string; expires: string }[];
    };
    expect(doc.exceptions[0].models).toEqual(['meta-llama/Llama-3.1-8B-Instruct']);
    expect(doc.exceptions[0].rules).toEqual(['use.user-cap']);
    expect(doc.exceptions[0].reason).toMatch(/^REPLACE/);
    expect(doc.exceptions[0].expires).toBe('2027-02-26'); // 90 days after 2026-11-28
  });

  it('honours exceptionDays', () => {
    const md = renderMarkdown(sampleReport(), { ...opts, exceptionDays: 30 });
    expect(md).toContain('expires: 2026-12-28');
  });

  it('collapses existing findings in <details>', () => {
    const md = renderMarkdown(sampleReport(), opts);
    const details = md.slice(md.indexOf('<details><summary>Existing findings'));
    expect(details).toContain('[openai-community/gpt2](https://huggingface.co/openai-community/gpt2)');
    expect(details).toContain('</details>');
    // Not in the table of changed models.
    const changed = md.slice(md.indexOf('### Models added or changed'), md.indexOf('### How to fix'));
    expect(changed).not.toContain('gpt2');
  });

  it('turns into an all clear when the verdict passes', () => {
    const md = renderMarkdown(makeReport([model({ license: 'apache-2.0' })], { base: 'abc' }), opts);
    expect(md.split('\n')[1]).toBe('## ✅ model-gate: all clear');
    expect(md).not.toContain('How to fix');
  });

  it('says when the change touches no models', () => {
    const md = renderMarkdown(makeReport([model({ new: false })], { base: 'abc' }), opts);
    expect(md).toContain('This change adds or alters no models.');
  });

  it('links the job summary', () => {
    expect(renderMarkdown(sampleReport(), opts)).toContain(
      '[job summary](https://github.com/acme/app/actions/runs/42)',
    );
    expect(renderMarkdown(sampleReport(), { ...opts, summaryUrl: 'javascript:alert(1)' })).not.toContain('javascript:');
  });
});

describe('escaping', () => {
  const hostile = [
    '<script>alert(1)</script>',
    '@everyone',
    'a|b|c',
    'line1\nline2\r\nline3',
    '[x](javascript:alert(1))',
    '![pixel](https://evil.example/p.png)',
    'see #1 and acme/app#2',
    '**bold** _it_ `code` ~~s~~ $x$',
    'a &lt; entity',
  ];

  it('escapes text so it renders as itself', () => {
    expect(escapeText('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeText('@everyone')).toBe('@\u200deveryone');
    expect(escapeText('a|b')).toBe('a&#124;b');
    expect(escapeText('a\nb\r\nc')).toBe('a b c');
    expect(escapeText('[x](javascript:alert(1))')).toBe('\\[x\\](javascript:alert(1))');
    expect(escapeText('![p](u)')).toBe('!\\[p\\](u)');
    expect(escapeText('#12')).toBe('#\u200d12');
    expect(escapeText('a &lt; b')).toBe('a &amp;lt; b');
    expect(escapeText('x\u202ey')).toBe('xy');
    expect(codeText('@acme/legal')).toBe('<code>@\u200dacme/legal</code>');
  });

  it('keeps hostile model ids, purposes, paths and messages inert in the comment', () => {
    const models = hostile.map((text, i) =>
      model({
        id: text,
        status: 'blocked',
        license: text,
        purpose: text,
        locations: [{ path: `${text}.py`, line: i + 1 }],
        alternatives: [text],
        findings: [finding({ message: text, help: text, path: `${text}.py`, line: i + 1 })],
      }),
    );
    const md = renderMarkdown(makeReport(models, { policy: '@everyone <b>x</b>' }), opts);
    expect(md).not.toMatch(/<script/i);
    expect(md).not.toMatch(/<b>/);
    expect(md).not.toMatch(/@everyone/); // always broken by a zero-width joiner
    // Outside the YAML code blocks (where text is literal): no links, images or references.
    const prose = md.replace(/```yaml\n[\s\S]*?```/g, '');
    // (a backslash-escaped bracket renders as a bracket and opens no link)
    expect(prose).not.toMatch(/(^|[^\\])\]\(javascript:/m);
    expect(prose).not.toMatch(/!\[pixel/);
    expect(prose).not.toMatch(/(^|[^\u200d])#1\b/);
    // Only the renderer's own HTML.
    const tags = md.match(/<\/?([a-z]+)[^>]*>/gi) ?? [];
    for (const t of tags) expect(t).toMatch(/^<\/?(code|details|summary|sub|br)>$/);
    // Tables stay tables: every row has the header's four cells.
    for (const row of tableRows(md)) expect(row.split('|').length).toBe(6);
    // The one exception snippet stays valid YAML with the exact ids.
    const yamls = [...md.matchAll(/```yaml\n([\s\S]*?)```/g)].map(
      (m) => load(m[1]) as { exceptions: { models: string[] }[] },
    );
    expect(yamls).toHaveLength(1);
    expect(yamls[0].exceptions[0].models).toEqual(hostile);
  });

  it('escapes the title and the marker stays first', () => {
    const md = renderMarkdown(sampleReport(), { ...opts, title: '<img src=x> @here' });
    expect(md.split('\n')[1]).toBe('## ❌ &lt;img src=x&gt; @\u200dhere: 1 model blocked');
  });
});

describe('length', () => {
  it('truncates a 70,000-character body under the limit with a pointer to the job summary', () => {
    const big = 'x'.repeat(70_000);
    const models = Array.from({ length: 400 }, (_, i) =>
      model({
        id: `org/model-${i}`,
        status: 'blocked',
        findings: [finding({ message: `${i} ${'long reason '.repeat(40)}`, help: big })],
      }),
    );
    const report = makeReport(models, { base: 'abc' });
    const md = renderMarkdown(report, opts);
    expect(md.length).toBeLessThanOrEqual(65_535);
    expect(md).toMatch(
      /the report was cut to fit here: \d+ more blocked models are in the \[job summary\]\(https:\/\/github\.com\/acme\/app\/actions\/runs\/42\)/,
    );
    expect(md.split('\n')[0]).toBe(opts.marker);
    // Code fences and <details> are balanced.
    expect((md.match(/^```/gm) ?? []).length % 2).toBe(0);
    expect((md.match(/<details>/g) ?? []).length).toBe((md.match(/<\/details>/g) ?? []).length);
  });

  it('clips one 70,000-character message', () => {
    const md = renderMarkdown(
      makeReport([model({ status: 'blocked', findings: [finding({ message: 'y'.repeat(70_000) })] })], {
        base: 'abc',
      }),
      opts,
    );
    expect(md.length).toBeLessThan(10_000);
    expect(md).toContain('…');
  });

  it('respects a small maxLength', () => {
    const md = renderMarkdown(sampleReport(), { ...opts, maxLength: 1_000 });
    expect(md.length).toBeLessThanOrEqual(1_000);
    expect(md).toContain('cut to fit');
  });
});

describe('the suggested exception', () => {
  it('runs 90 days, or less when the policy caps exceptions', () => {
    expect(exceptionDaysFor({ governance: { overridable: [], local_exceptions: true } })).toBe(90);
    expect(exceptionDaysFor({ governance: { overridable: [], local_exceptions: true, exception_max_days: 30 } })).toBe(
      30,
    );
    expect(exceptionDaysFor({ governance: { overridable: [], local_exceptions: true, exception_max_days: 365 } })).toBe(
      90,
    );
  });
  it('under the shipped default policy, points to a policy of your own that extends it', () => {
    const md = renderMarkdown(
      makeReport([model({ status: 'blocked', findings: [finding({ rule: 'license.denied', severity: 'block' })] })], {
        policy: 'default',
      }),
      { today: new Date('2026-11-28T00:00:00Z'), exceptionDays: 30 },
    );
    expect(md).toContain(
      'Add this to your own policy (a file with <code>extends: [default]</code>, passed as the <code>policy</code>)',
    );
    expect(md).toContain('expires: 2026-12-28');
  });
});
