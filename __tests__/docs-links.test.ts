import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

/**
 * The documentation's links work: every link of README.md, CONTRIBUTING.md, CHANGELOG.md and docs/ to a file of the
 * repository (relative, or https://github.com/model-gate/model-gate/blob/main/...) names a file that exists, and
 * every #anchor names a heading of its page (GitHub's slugs). Links are read from the rendered Markdown, so that
 * text in code blocks is not taken for a link.
 */
const root = process.cwd();
const REPO_URL = /^https:\/\/github\.com\/model-gate\/model-gate\/(?:blob|tree)\/main\/([^#?]*)(#.*)?$/;

function markdownFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? markdownFiles(join(dir, d.name)) : d.name.endsWith('.md') ? [join(dir, d.name)] : [],
  );
}
const PAGES = ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md', ...markdownFiles('docs')];

const render = (markdown: string) =>
  micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
const html = (file: string) => render(readFileSync(join(root, file), 'utf8'));
const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** GitHub's heading anchors (github-slugger): lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchorsOf(rendered: string): Set<string> {
  const out = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, inner] of rendered.matchAll(/<h[1-6]>([\s\S]*?)<\/h[1-6]>/g)) {
    const base = decode(inner.replace(/<[^>]+>/g, ''))
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n ? `${base}-${n}` : base);
  }
  for (const [, id] of rendered.matchAll(/<a (?:id|name)="([^"]+)"/g)) out.add(id);
  return out;
}

const anchorCache = new Map<string, Set<string>>();
const anchors = (file: string) => anchorCache.get(file) ?? anchorCache.set(file, anchorsOf(html(file))).get(file)!;

/** Every problem with the links of one page (its text, or `markdown` given in its place): `page: target (why)`. */
function brokenLinks(page: string, markdown?: string): string[] {
  const bad: string[] = [];
  for (const [, raw] of (markdown === undefined ? html(page) : render(markdown)).matchAll(
    /<(?:a|img) [^>]*?(?:href|src)="([^"]*)"/g,
  )) {
    const href = decode(raw);
    let path: string;
    let hash: string | undefined;
    const repo = REPO_URL.exec(href);
    if (repo) {
      path = decodeURIComponent(repo[1]);
      hash = repo[2]?.slice(1);
    } else if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href)) {
      continue; // another site
    } else {
      const [p, h] = href.split('#');
      path = p ? relative(root, resolve(root, dirname(page), decodeURIComponent(p))) : page;
      hash = h;
    }
    if (path.startsWith('..') || !existsSync(join(root, path))) {
      bad.push(`${page}: ${href} (no such file)`);
      continue;
    }
    if (
      hash &&
      path.endsWith('.md') &&
      statSync(join(root, path)).isFile() &&
      !anchors(path).has(decodeURIComponent(hash))
    )
      bad.push(`${page}: ${href} (no such heading in ${path})`);
  }
  return bad;
}

describe('links in the documentation', () => {
  it('reads the pages it should', () => {
    expect(PAGES).toEqual(
      expect.arrayContaining(['README.md', 'docs/policy.md', 'docs/rules/README.md', 'docs/rules/license.denied.md']),
    );
  });

  it.each(PAGES)('%s: every link to a repository file or heading resolves', (page) => {
    expect(brokenLinks(page)).toEqual([]);
  });

  it('computes anchors as GitHub does, and catches a broken file, heading or repository address', () => {
    expect([
      ...anchorsOf(micromark('# The manifest: `models.yaml`\n## Extends, merging and governance\n## A\n## A\n')),
    ]).toEqual(['the-manifest-modelsyaml', 'extends-merging-and-governance', 'a', 'a-1']);
    const page = 'docs/rules/license.denied.md';
    const original = readFileSync(join(root, page), 'utf8');
    expect(brokenLinks(page, original)).toEqual([]);
    const links = [
      '[a](../nope.md)',
      '[b](../policy.md#no-such-heading)',
      '[c](https://github.com/model-gate/model-gate/blob/main/docs/nope.md)',
      '[d](#no-heading-here)',
      '`[e](../in-code.md)`',
      '[f](../policy.md#exceptions) [g](https://github.com/model-gate/model-gate/blob/main/docs/rules/license.denied.md) [h](https://example.com/x.md)',
    ];
    expect(brokenLinks(page, `${original}\n${links.join('\n\n')}\n`)).toEqual([
      `${page}: ../nope.md (no such file)`,
      `${page}: ../policy.md#no-such-heading (no such heading in docs/policy.md)`,
      `${page}: https://github.com/model-gate/model-gate/blob/main/docs/nope.md (no such file)`,
      `${page}: #no-heading-here (no such heading in ${page})`,
    ]);
  });
});

describe('CONTRIBUTING.md', () => {
  const text = readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8');
  /** The worked examples' names: files a contributor creates (they must not exist, or the example is stale). */
  const EXAMPLES = ['use-field-of-use', 'use.field-of-use', 'gradle'];
  const paths = [
    ...new Set(
      [
        ...text.matchAll(
          /(?<![\w./-])((?:src|__tests__|docs|schemas|policies|examples|dist|\.ci|\.github)\/[\w./-]*)/g,
        ),
      ].map((m) => m[1].replace(/[.]+$/, '')),
    ),
  ];

  it('names the files a contributor touches', () => {
    for (const p of [
      'src/rules/types.ts',
      'src/policy/merge.ts',
      'src/scanners/index.ts',
      'src/catalog/data/licenses.yml',
      '__tests__/architecture.test.ts',
      '.ci/run',
      '.ci/generate.mjs',
    ])
      expect(paths).toContain(p);
  });

  it('every file path it names exists (the worked examples excepted, which must not)', () => {
    const examples = paths.filter((p) => EXAMPLES.some((e) => p.includes(e)));
    expect(examples.length).toBeGreaterThanOrEqual(5);
    expect(examples.filter((p) => existsSync(join(root, p)))).toEqual([]);
    expect(paths.filter((p) => !examples.includes(p) && !existsSync(join(root, p)))).toEqual([]);
  });
});
