import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MAX_REFERENCES, DEFAULT_TIME_BUDGET_MS, scanners, suppressionHint } from '../../src/scanners/index.js';
import { MAX_CANDIDATES } from '../../src/scanners/common/flow.js';
import { BASE_STEPS, STEPS_PER_CHAR } from '../../src/scanners/limits.js';

const doc = readFileSync(join(process.cwd(), 'docs', 'scanners.md'), 'utf8');
const anchors = new Set(
  [...doc.matchAll(/^#{1,6} (.+)$/gm)].map((m) =>
    m[1]
      .trim()
      .toLowerCase()
      .replace(/[^\w\- ]/g, '')
      .replace(/ /g, '-'),
  ),
);

describe('docs/scanners.md', () => {
  it('has a section for every scanner, where its url points', () => {
    for (const s of scanners) {
      expect(anchors).toContain(s.name);
      expect(s.url).toBe(`https://github.com/model-gate/model-gate/blob/main/docs/scanners.md#${s.name}`);
    }
  });

  it('states the limits the code has', () => {
    expect(doc).toContain(`${DEFAULT_TIME_BUDGET_MS / 1000} s per scanner and file`);
    expect(doc).toContain(`${DEFAULT_MAX_REFERENCES.toLocaleString('en-US')} per scanner and file`);
    expect(doc).toContain(`${STEPS_PER_CHAR} units of work per character plus ${BASE_STEPS.toLocaleString('en-US')}`);
    expect(doc).toContain(`at most ${MAX_CANDIDATES} string values`);
  });

  it('gives the suppression comment of every file type the scanners read', () => {
    for (const p of [
      'a.py',
      'a.ts',
      'a.md',
      'a.qmd',
      'a.rst',
      'a.ini',
      'templates/a.tpl',
      'a.yaml',
      '.env',
      'a.http',
      'Dockerfile',
      'Modelfile',
    ])
      expect(doc).toContain(`\`${suppressionHint(p)}\``);
  });
});
