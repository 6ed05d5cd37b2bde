import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../../src/catalog/catalog.js';
import type { Finding, ModelResolver, Report } from '../../src/core/types.js';
import { check } from '../../src/engine/check.js';
import { HubClient } from '../../src/hub/client.js';
import { loadPolicy } from '../../src/policy/load.js';
import { RULES } from '../../src/rules/index.js';
import { startFakeHub, type FakeHub, type FakeModel } from '../helpers/fake-hub.js';
import { tmpTree } from '../helpers/tmp.js';

/**
 * Every rule has a page, docs/rules/<id>.md, whose examples run through the real engine here: the files of
 * "### Fails" (fenced blocks whose info string names the file: ```yaml models.yaml) make the rule fire, and the
 * same files with those of "### Passes" laid over them do not. Without a policy.yml the shipped default policy
 * applies. A page may describe what the Hub answers in a hidden `<!-- test-hub: {...} -->` comment.
 */
const DOCS = join(process.cwd(), 'docs', 'rules');
const catalog = loadCatalog();
/** The examples' "today" (exception dates are relative to it). */
const now = new Date('2026-12-01T12:00:00Z');
const hubs: FakeHub[] = [];
afterAll(async () => {
  for (const h of hubs) await h.close();
});

interface Page {
  text: string;
  fails: Record<string, string>;
  passes: Record<string, string>;
  hub?: Record<string, FakeModel>;
}

function section(text: string, heading: string): string {
  const at = text.indexOf(`\n${heading}\n`);
  if (at < 0) return '';
  const rest = text.slice(at + heading.length + 2);
  const next = rest.search(/\n#{1,3} /);
  return next < 0 ? rest : rest.slice(0, next);
}

function files(part: string): Record<string, string> {
  return Object.fromEntries([...part.matchAll(/^```\w+ (\S+)\n([\s\S]*?)^```$/gm)].map((m) => [m[1], m[2]]));
}

function readPage(id: string): Page {
  const text = readFileSync(join(DOCS, `${id}.md`), 'utf8');
  const hub = /<!-- test-hub: (\{[\s\S]*?\}) -->/.exec(text)?.[1];
  return {
    text,
    fails: files(section(text, '### Fails')),
    passes: files(section(text, '### Passes')),
    hub: hub ? (JSON.parse(hub) as Record<string, FakeModel>) : undefined,
  };
}

/** Run an example's files through check() (offline, or against a loopback Hub) and return the findings of every kind. */
async function run(
  repo: Record<string, string>,
  hub: Record<string, FakeModel> | undefined,
): Promise<{ report: Report; findings: Finding[] }> {
  const t = tmpTree(repo);
  try {
    const policy = await loadPolicy(repo['policy.yml'] ? 'policy.yml' : 'default', { cwd: t.dir, catalog, now });
    let resolver: ModelResolver | undefined;
    if (hub) {
      const fake = await startFakeHub({ models: hub });
      hubs.push(fake);
      resolver = new HubClient({ endpoint: fake.url, token: null, retries: 0 });
    }
    const report = await check({ root: t.dir, policy, catalog, resolver, now });
    return { report, findings: [...report.models.flatMap((m) => m.findings), ...report.policy_findings] };
  } finally {
    t.remove();
  }
}

const ids = RULES.map((r) => r.meta.id);

describe('docs/rules/', () => {
  it('has one page per rule and no page without a rule', () => {
    // README.md is the index of the rules (its table is generated), not a rule's page.
    const pages = readdirSync(DOCS)
      .filter((f) => f.endsWith('.md') && f !== 'README.md')
      .map((f) => f.replace(/\.md$/, ''));
    expect(pages.sort()).toEqual([...ids].sort());
  });

  it.each(RULES.map((r) => [r.meta.id, r] as const))(
    '%s: its docs.url is its page, which states the default severity and how to fix',
    (id, rule) => {
      expect(rule.meta.docs.url).toBe(`https://github.com/model-gate/model-gate/blob/main/docs/rules/${id}.md`);
      const page = readPage(id);
      expect(page.text.split('\n')[0]).toBe(`# \`${id}\``);
      expect(page.text).toContain(`**Default severity:** \`${rule.meta.defaultSeverity}\``);
      for (const h of [
        '## What it finds',
        '## Why it matters',
        '## How to fix',
        '## Examples',
        '### Fails',
        '### Passes',
      ])
        expect(page.text).toContain(`\n${h}\n`);
      const module = /rule module: \[`([^`]+)`\]\(([^)]+)\)/.exec(page.text);
      expect(module?.[1]).toBe(`src/rules/${id.replace('.', '-')}.ts`);
      expect(existsSync(join(DOCS, module![2]))).toBe(true);
      for (const [, target] of page.text.matchAll(/\]\(((?:\.\.\/|[\w.-]+\.md)[^)#]*)/g))
        expect([target, existsSync(join(DOCS, target))]).toEqual([target, true]);
      expect(Object.keys(page.fails).length).toBeGreaterThan(0);
      expect(Object.keys(page.passes).length).toBeGreaterThan(0);
    },
  );

  it.each(ids)('%s: the failing example fails with the rule, the passing one passes without it', async (id) => {
    const page = readPage(id);
    const failing = await run(page.fails, page.hub);
    const hits = failing.findings.filter((f) => f.rule === id && !f.waived);
    expect(hits.length).toBeGreaterThan(0);
    if (hits.some((f) => f.severity === 'block')) expect(failing.report.verdict).toBe('fail');
    const passing = await run({ ...page.fails, ...page.passes }, page.hub);
    expect(passing.findings.filter((f) => f.rule === id)).toEqual([]);
  });
});
