import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { schemaValidator } from '../../src/core/validate.js';
import { runCli as run } from '../helpers/cli.js';
import { reportJson } from '../helpers/json.js';

/** spaCy's trained pipelines: their licenses in the catalog, and a repository that loads them, end to end. */
const tmps: string[] = [];
afterAll(() => tmps.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'model-gate-spacy-'));
  tmps.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe("the catalog's spaCy pipelines", () => {
  const catalog = loadCatalog();
  const license = (id: string) => catalog.lookup(id)?.model.license;

  it('answers the license of each pipeline package by its language', () => {
    const expected: Record<string, string> = {
      'spacy/en_core_web_sm': 'mit',
      'spacy/en_core_web_trf': 'mit',
      'spacy/de_core_news_lg': 'mit',
      'spacy/de_dep_news_trf': 'mit',
      'spacy/zh_core_web_md': 'mit',
      'spacy/xx_ent_wiki_sm': 'mit',
      'spacy/xx_sent_ud_sm': 'cc-by-sa-3.0',
      'spacy/fr_core_news_sm': 'lgpl-lr',
      'spacy/fr_dep_news_trf': 'lgpl-lr',
      'spacy/es_core_news_md': 'gpl-3.0',
      'spacy/es_dep_news_trf': 'gpl-3.0',
      'spacy/ca_core_news_trf': 'gpl-3.0',
      'spacy/it_core_news_sm': 'cc-by-nc-sa-3.0',
      'spacy/it_core_news_lg': 'cc-by-nc-sa-3.0',
      'spacy/el_core_news_sm': 'cc-by-nc-sa-3.0',
      'spacy/pt_core_news_sm': 'cc-by-sa-4.0',
      'spacy/nl_core_news_lg': 'cc-by-sa-4.0',
      'spacy/ja_core_news_sm': 'cc-by-sa-4.0',
      'spacy/ja_core_news_trf': 'cc-by-sa-3.0',
      'spacy/sv_core_news_sm': 'cc-by-sa-4.0',
    };
    for (const [id, want] of Object.entries(expected)) {
      expect([id, license(id)]).toEqual([id, want]);
      expect([id, catalog.lookup(id)?.match]).toEqual([id, 'family']);
    }
    // ids compare case-insensitively; the rule's publisher is the Hub namespace
    expect(license('SpaCy/EN_CORE_WEB_SM')).toBe('mit');
    expect(catalog.lookup('spacy/it_core_news_md')?.model.publisher).toBe('spacy');
  });

  it('claims nothing of packages it has no source for', () => {
    // scispaCy's pipelines, a stranger's copy, a size spaCy did not release, a language without a 3.8 release
    for (const id of [
      'spacy/en_core_sci_sm',
      'someone/en_core_web_sm',
      'spacy/it_core_news_trf',
      'spacy/sr_core_news_sm',
      'spacy/en_core_web_sm-extra',
    ])
      expect([id, catalog.lookup(id)]).toEqual([id, undefined]);
  });

  it('states licenses the catalog defines', () => {
    for (const id of ['mit', 'gpl-3.0', 'lgpl-lr', 'cc-by-sa-3.0', 'cc-by-sa-4.0', 'cc-by-nc-sa-3.0'])
      expect(catalog.licenses.some((l) => l.id === id)).toBe(true);
    expect(catalog.licenses.find((l) => l.id === 'cc-by-nc-sa-3.0')?.category).toBe('non-commercial');
  });
});

describe('spaCy pipelines, end to end', () => {
  it('blocks the non-commercial Italian pipeline under the default policy and allows the English one', async () => {
    const dir = tree({
      'app/nlp.py': [
        'import spacy',
        '',
        'PIPELINES = {"en": "en_core_web_sm", "it": "it_core_news_sm"}',
        '',
        '',
        'def pipeline(lang: str):',
        '    return spacy.load(PIPELINES[lang])',
        '',
      ].join('\n'),
      // a requirements file installs what it lists: a dependency, though a text file
      'requirements.txt':
        'spacy==3.8.2\nel_core_news_sm @ https://github.com/explosion/spacy-models/releases/download/el_core_news_sm-3.8.0/el_core_news_sm-3.8.0-py3-none-any.whl\n',
      // the docs' build requirements are the docs': a mention under the default scan.mentions
      'docs/requirements.txt': 'sphinx>=7\nde_core_news_sm==3.8.0\n',
      Dockerfile: [
        'FROM python:3.12-slim',
        'RUN pip install spacy==3.8.2 && python -m spacy download en_core_web_sm && python -m spacy download it_core_news_sm',
        '',
      ].join('\n'),
    });
    const r = await run(['check', dir, '--offline', '--format', 'json']);
    const report = reportJson(r.stdout);
    expect(schemaValidator('report')(report)).toBe(true);
    expect(r.code).toBe(1);
    expect(report.verdict).toBe('fail');
    const models = report.models as unknown as Array<{
      id: string;
      status: string;
      license: string | null;
      license_source: string | null;
      locations: Array<{ path: string; line: number }>;
      findings: Array<{ rule: string; severity: string }>;
    }>;
    const byId = new Map(models.map((m) => [m.id, m]));
    expect([...byId.keys()].sort()).toEqual(['spacy/el_core_news_sm', 'spacy/en_core_web_sm', 'spacy/it_core_news_sm']);
    expect(byId.get('spacy/el_core_news_sm')).toMatchObject({
      status: 'blocked',
      license: 'cc-by-nc-sa-3.0',
      locations: [{ path: 'requirements.txt', line: 2 }],
    });
    const it = byId.get('spacy/it_core_news_sm')!;
    expect(it).toMatchObject({ status: 'blocked', license: 'cc-by-nc-sa-3.0', license_source: 'catalog' });
    expect(it.findings.filter((f) => f.severity === 'block').map((f) => f.rule)).toContain('license.denied');
    expect(it.locations.map((l) => `${l.path}:${l.line}`).sort()).toEqual(['Dockerfile:2', 'app/nlp.py:3']);
    expect(report.mentions).toEqual([{ id: 'spacy/de_core_news_sm', path: 'docs/requirements.txt', line: 2 }]);
    const en = byId.get('spacy/en_core_web_sm')!;
    expect(en).toMatchObject({ license: 'mit', license_source: 'catalog' });
    expect(en.status).not.toBe('blocked');
  });
});

describe('spaCy pipelines installed as dependencies, end to end', () => {
  const asset = (name: string, v = '3.8.0') =>
    `https://github.com/explosion/spacy-models/releases/download/${name}-${v}/${name}-${v}-py3-none-any.whl`;

  it('evaluates each dependency file that installs a pipeline, unpinned: a version is no commit', async () => {
    const dir = tree({
      'requirements/base.txt': `flask==3.1.0\nen-core-web-md==3.8.0\n${asset('xx_ent_wiki_sm')}\n`,
      'pyproject.toml': [
        '[project]',
        'name = "search"',
        'dependencies = [',
        '    "spacy>=3.8",',
        `    "en_core_web_sm @ ${asset('en_core_web_sm')}",`,
        ']',
        '',
        '[tool.poetry.dependencies]',
        `zh_core_web_sm = { url = "${asset('zh_core_web_sm')}" }`,
        '',
      ].join('\n'),
      'worker/setup.py':
        'from setuptools import setup\n\nsetup(name="worker", install_requires=["de_core_news_md==3.8.0"])\n',
      'worker/setup.cfg': '[options]\ninstall_requires =\n    es_core_news_sm==3.8.0\n',
      Pipfile: '[packages]\nspacy = "*"\nen_core_web_trf = "==3.8.0"\n',
      'environment.yml': 'dependencies:\n  - spacy-model-fr_core_news_sm\n  - pip:\n    - it_core_news_sm==3.8.0\n',
      Dockerfile: 'FROM python:3.12-slim\nRUN pip install spacy==3.8.2 ja_core_news_sm==3.8.0\n',
    });
    const r = await run(['check', dir, '--offline', '--format', 'json']);
    const report = reportJson(r.stdout);
    expect(schemaValidator('report')(report)).toBe(true);
    const models = report.models as unknown as Array<{
      id: string;
      locations: Array<{ path: string; line: number }>;
      findings: Array<{ rule: string }>;
    }>;
    expect(models.map((m) => [m.id, m.locations.map((l) => `${l.path}:${l.line}`)]).sort()).toEqual([
      ['spacy/de_core_news_md', ['worker/setup.py:3']],
      ['spacy/en_core_web_md', ['requirements/base.txt:2']],
      ['spacy/en_core_web_sm', ['pyproject.toml:5']],
      ['spacy/en_core_web_trf', ['Pipfile:3']],
      ['spacy/es_core_news_sm', ['worker/setup.cfg:3']],
      ['spacy/fr_core_news_sm', ['environment.yml:2']],
      ['spacy/it_core_news_sm', ['environment.yml:4']],
      ['spacy/ja_core_news_sm', ['Dockerfile:2']],
      ['spacy/xx_ent_wiki_sm', ['requirements/base.txt:3']],
      ['spacy/zh_core_web_sm', ['pyproject.toml:9']],
    ]);
    for (const m of models)
      expect([m.id, m.findings.some((f) => f.rule === 'provenance.unpinned')]).toEqual([m.id, true]);
    expect(report.mentions).toEqual([]);
    // the non-commercial Italian pipeline installed through conda's pip section fails the check
    expect(report.verdict).toBe('fail');
  });
});

describe('spaCy pipelines named in the environment', () => {
  it('joins a pipeline set in .env with the code that loads it from the environment', async () => {
    const dir = tree({
      '.env': 'LOG_LEVEL=info\nSPACY_PIPELINE=pt_core_news_sm\n',
      'service/ner.py': 'import os\nimport spacy\n\nnlp = spacy.load(os.environ["SPACY_PIPELINE"])\n',
    });
    const r = await run(['check', dir, '--offline', '--format', 'json']);
    const report = reportJson(r.stdout);
    const models = report.models as unknown as Array<{ id: string; license: string | null; locations: unknown }>;
    expect(models.map((m) => [m.id, m.license, m.locations])).toEqual([
      ['spacy/pt_core_news_sm', 'cc-by-sa-4.0', [{ path: '.env', line: 2 }]],
    ]);
  });
});
