import { describe, expect, it } from '@jest/globals';
import picomatch from 'picomatch';
import { globMatcher, globMatchers } from '../../src/core/glob.js';
import { DEFAULT_MENTIONS } from '../../src/policy/merge.js';
import { scanners as SCANNERS } from '../../src/scanners/index.js';
import { seededRandom } from '../../src/core/random.js';

const SEGMENTS = [
  'docs',
  'DOCS',
  'doc',
  '.docs',
  'docs.md',
  'test',
  'tests',
  'Tests',
  '__tests__',
  'templates',
  'Templates',
  'src',
  'a',
  '.github',
  'test_x.py',
  'test_.py',
  'x_test.go',
  '_test.',
  'a.test.ts',
  '.test.',
  'test.js',
  'app.spec.js',
  'README.md',
  '.md',
  'md',
  'notes.MD',
  'x.markdown',
  'a.mdx',
  'a.rst',
  'a.txt',
  'paper.tex',
  'guide.adoc',
  'chart.tpl',
  '.tpl',
  'Modelfile',
  'modelfile.',
  'Modelfile.llama',
  'x.Modelfile',
  '.env',
  '.env.local',
  '.env.',
  'Dockerfile',
  'dockerfile.dev',
  'compose.yaml',
  'app.py',
  'x.pyi',
  'nb.ipynb',
  'abc',
  'aXbYc',
  'acbc',
  'ab',
  'a b.py',
  'é.md',
  'İ.md',
  'K.md',
  'x\\y.md',
];

function paths(n: number, seed: number): string[] {
  const r = seededRandom(seed);
  const out: string[] = ['', './docs/a.md', 'docs//a.md', 'docs/', '/docs/a.md', 'a\nb.md'];
  for (let i = 0; i < n; i++) {
    const depth = 1 + Math.floor(r() * 4);
    out.push(Array.from({ length: depth }, () => SEGMENTS[Math.floor(r() * SEGMENTS.length)]).join('/'));
  }
  return out;
}

const SHAPES = [
  '**',
  '**/*',
  '**/*.md',
  '**/*.MD',
  '**/docs/**',
  '**/Docs/**',
  '**/test_*.py',
  '**/*_test.*',
  '**/*.test.*',
  '**/*.spec.*',
  '**/templates/*.tpl',
  '**/Modelfile',
  '**/Modelfile.*',
  '**/.env.*',
  '**/a*b*c',
  '**/a**c',
  '**/*.{md,rst}',
  'docs/**',
  '**/docs/*',
  '**/?.md',
  '**/[dt]ocs/**',
  '**/é.md',
];

describe('globMatcher', () => {
  it('answers as picomatch { dot, nocase } does, glob by glob, on generated paths', () => {
    const ps = paths(3000, 7);
    for (const g of SHAPES) {
      const ours = globMatcher([g]);
      const theirs = picomatch(g, { dot: true, nocase: true });
      const differ = ps.filter((p) => ours(p) !== theirs(p));
      expect({ glob: g, differ: differ.slice(0, 5) }).toEqual({ glob: g, differ: [] });
    }
  });

  it('answers as picomatch does for the default mention globs and every scanner’s fileMatch', () => {
    const ps = paths(5000, 11);
    const sets = [DEFAULT_MENTIONS, SHAPES, ...SCANNERS.map((s) => s.fileMatch)];
    for (const globs of sets) {
      const ours = globMatcher(globs);
      const theirs = picomatch([...globs], { dot: true, nocase: true });
      expect(ps.filter((p) => ours(p) !== theirs(p))).toEqual([]);
    }
  });

  it('matches nothing without globs', () => {
    expect(globMatcher([])('README.md')).toBe(false);
    expect(globMatcher([])('é.md')).toBe(false);
  });

  it('reads the folder of `**/D/P` and every segment of `**/D/**`', () => {
    const m = globMatcher(['**/templates/*.tpl', '**/docs/**']);
    expect(m('charts/x/templates/deployment.tpl')).toBe(true);
    expect(m('templates/a.tpl')).toBe(true);
    expect(m('templates/x/a.tpl')).toBe(false);
    expect(m('mytemplates/a.tpl')).toBe(false);
    expect(m('a/docs')).toBe(true);
    expect(m('a/DOCS/b/c.py')).toBe(true);
    expect(m('a/.docs/b.py')).toBe(false);
    expect(m('a/docsite/b.py')).toBe(false);
  });
});

describe('globMatchers', () => {
  it('gives, for each path, the lists whose picomatch { dot, nocase } matches it (every scanner’s fileMatch and more)', () => {
    const typical = ['src/app.ts', 'web/App.VUE', 'deploy/run.sh', 'k8s/values.yaml', 'api/chat.http', 'a/b.json'];
    // pip's requirements files (the python-deps scanner's), which generated names rarely reach
    typical.push('svc/requirements-dev.txt', 'requirements/base.txt');
    // base names by extension (the matcher asks only the tests of a path's extension, and those of any)
    const extensions = ['x.', 'a/x.', '.env', 'a/.env', 'a/.env.local', 'Dockerfile.dev.py', 'a/b.tar.gz', 'b.gz']
      .concat(['templates/x.tpl', 'a/templates/.tpl', 'Makefile', 'a/makefile.py', 'a.b/c', 'a.b/c.', 'x.tar', 'a/.b'])
      .concat(['a/Modelfile.llama3', 'a/llama3.Modelfile', 'x.env', 'a/TAR.GZ', 'docs.d/x', 'a/.x.', 'x..py']);
    const ps = [...paths(5000, 13), ...typical, ...typical.map((p) => `é/${p}`), ...extensions];
    const lists = [...SCANNERS.map((s) => s.fileMatch), DEFAULT_MENTIONS, [], ['**/[dt]ocs/**', '**/*.md'], ['**']];
    lists.push(['**/*.tar.gz', '**/.env', '**/*.', '**/x.*', '**/templates/.tpl', '**/*file', '**/c']);
    const ours = globMatchers(lists);
    const theirs = lists.map((l) => (l.length ? picomatch([...l], { dot: true, nocase: true }) : () => false));
    const differ = ps.filter((p) => {
      const want = theirs.flatMap((m, i) => (m(p) ? [i] : []));
      return JSON.stringify(ours(p)) !== JSON.stringify(want);
    });
    expect(differ.slice(0, 5)).toEqual([]);
    // the generated paths reach every list but the empty one
    for (let i = 0; i < lists.length; i++) if (lists[i].length) expect(ps.some((p) => ours(p).includes(i))).toBe(true);
  });
});
