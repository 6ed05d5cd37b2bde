import { describe, expect, it } from '@jest/globals';
import { markdown, pythonDeps, shell, url } from '../../src/scanners/index.js';
import { spacyRequirement } from '../../src/scanners/common/values.js';
import { ctx, dedent, scanWith } from './helpers.js';

/** A release asset of explosion/spacy-models, as pip installs it. */
const asset = (name: string, v = '3.8.0', tail = '-py3-none-any.whl') =>
  `https://github.com/explosion/spacy-models/releases/download/${name}-${v}/${name}-${v}${tail}`;
const deps = (path: string) => scanWith(pythonDeps, path);

describe('python-deps: spaCy pipelines installed as dependencies', () => {
  it('reads requirements lines: a direct reference, a version from an index, a bare name', () => {
    expect(
      deps('requirements.txt')(`
        # NLP stack
        spacy[transformers]>=3.8,<3.9
        en_core_web_sm @ ${asset('en_core_web_sm')}
        --extra-index-url https://pypi.acme.internal/simple
        en-core-web-lg==3.8.0 ; python_version >= "3.10"
        de_core_news_md
        Fr_Core_News_Sm~=3.7.0 \\
            --hash=sha256:2f6cf1ca5bbd1eb9a2d5e5b1b3e9e8e6b2d1f0c3a4b5c6d7e8f9a0b1c2d3e4f5
        # xx_ent_wiki_sm==3.8.0
        en_core_sci_sm @ https://s3-us-west-2.amazonaws.com/ai2-s2-scispacy/releases/v0.5.4/en_core_sci_sm-0.5.4.tar.gz
        en_core_web_sm_extra==1.0
        -r base.txt
      `),
    ).toEqual([
      '3:1 hub spacy/en_core_web_sm',
      '5:1 hub spacy/en_core_web_lg',
      '6:1 hub spacy/de_core_news_md',
      '7:1 hub spacy/fr_core_news_sm',
    ]);
    // a requirements folder, a dev list, a constraints file, pip-tools' source
    for (const path of ['requirements/prod.txt', 'dev-requirements.txt', 'constraints.txt', 'requirements.in'])
      expect([path, deps(path)('es_core_news_sm==3.8.0\n')]).toEqual([path, ['1:1 hub spacy/es_core_news_sm']]);
  });

  it("reads pyproject.toml: PEP 621 lists, optional dependencies, Poetry's and uv's tables", () => {
    expect(
      deps('pyproject.toml')(`
        [project]
        name = "ner-service"
        dependencies = [
            "spacy>=3.8,<3.9",
            "en_core_web_sm @ ${asset('en_core_web_sm')}",
        ]

        [project.optional-dependencies]
        german = ["spacy>=3.8", "de-core-news-lg==3.8.0"]

        [tool.poetry.dependencies]
        python = "^3.11"
        it_core_news_sm = { url = "${asset('it_core_news_sm', '3.7.0')}" }

        [tool.poetry.group.dev.dependencies]
        nl-core-news-sm = {url = "${asset('nl_core_news_sm', '3.7.0', '.tar.gz')}"}

        [tool.poetry.dependencies.xx_sent_ud_sm]
        url = "${asset('xx_sent_ud_sm', '3.7.0', '.tar.gz')}"

        [tool.uv.sources]
        pt_core_news_md = { url = "${asset('pt_core_news_md')}" }

        [tool.ruff]
        # en_core_web_trf is not linted
        en_core_web_md = "a key outside a dependency table"
      `),
    ).toEqual([
      '5:6 hub spacy/en_core_web_sm',
      '9:26 hub spacy/de_core_news_lg',
      '13:1 hub spacy/it_core_news_sm',
      '16:1 hub spacy/nl_core_news_sm',
      '18:27 hub spacy/xx_sent_ud_sm',
      '22:1 hub spacy/pt_core_news_md',
    ]);
  });

  it('reads setup.py, setup.cfg, a Pipfile and the pip section of a conda environment', () => {
    expect(
      deps('setup.py')(`
        from setuptools import find_packages, setup

        NLP = ["ja_core_news_sm==3.8.0"]

        setup(
            name="tagger",
            packages=find_packages(),
            install_requires=[
                "spacy>=3.8",
                "zh_core_web_sm @ ${asset('zh_core_web_sm')}",
            ] + NLP,
            extras_require={"ru": ["ru-core-news-sm"]},
        )
      `),
    ).toEqual(['3:9 hub spacy/ja_core_news_sm', '10:10 hub spacy/zh_core_web_sm', '12:29 hub spacy/ru_core_news_sm']);
    expect(
      deps('setup.cfg')(`
        [metadata]
        name = en_core_web_sm
        [options]
        install_requires =
            spacy>=3.8
            da_core_news_sm==3.8.0
      `),
    ).toEqual(['6:5 hub spacy/da_core_news_sm']);
    expect(
      deps('Pipfile')(`
        [[source]]
        url = "https://pypi.org/simple"
        name = "pypi"

        [packages]
        spacy = "*"
        en_core_web_trf = {file = "${asset('en_core_web_trf', '3.8.0')}"}
        pl-core-news-sm = "==3.8.0"

        [dev-packages]
        "sv_core_news_sm" = "*"
      `),
    ).toEqual(['7:1 hub spacy/en_core_web_trf', '8:1 hub spacy/pl_core_news_sm', '11:2 hub spacy/sv_core_news_sm']);
    expect(
      deps('environment.yml')(`
        name: nlp
        channels:
          - conda-forge
        dependencies:
          - python=3.11
          - spacy=3.8
          - spacy-model-en_core_web_md=3.8.0
          - conda-forge::spacy-model-fi_core_news_sm
          - pip
          - pip:
              - ${asset('xx_ent_wiki_sm')}
              - "ko_core_news_sm==3.8.0"
      `),
    ).toEqual(['7:17 hub spacy/en_core_web_md', '8:30 hub spacy/fi_core_news_sm', '12:10 hub spacy/ko_core_news_sm']);
  });

  it('reads no file the scanner does not declare, and a suppressed line is not read', () => {
    expect(pythonDeps.fileMatch).not.toContain('**/*.txt');
    expect(deps('requirements.txt')('lt_core_news_sm==3.8.0  # model-gate: ignore\nmk_core_news_sm\n')).toEqual([
      '2:1 hub spacy/mk_core_news_sm',
    ]);
  });

  it('is linear: a long file of requirements is read in one pass', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `"en_core_web_sm==3.${i}", ` + `"x", `.repeat(20));
    const text = `[project]\ndependencies = [\n${lines.join('\n')}\n]\n`;
    expect(pythonDeps.extract(text, 'pyproject.toml', { ...ctx, maxReferencesPerFile: 5000 }).length).toBe(3000);
  });

  it('normalises names as pip compares them, and reads only spaCy pipelines', () => {
    expect(spacyRequirement('En-Core-Web-Sm[lookups]>=3.7')).toEqual({ id: 'spacy/en_core_web_sm', length: 14 });
    expect(spacyRequirement('de.core.news.md @ https://x')).toEqual({ id: 'spacy/de_core_news_md', length: 15 });
    for (const text of [
      'spacy==3.8',
      'en_core_web_sm.load()',
      'en_core_web_sm-3.8.0.tar.gz',
      'en_core_sci_sm',
      'torch',
    ])
      expect([text, spacyRequirement(text)]).toEqual([text, undefined]);
  });
});

describe('spaCy pipelines installed by a command', () => {
  it('reads pip install, uv add and poetry add of a pipeline package in scripts and Dockerfiles', () => {
    expect(
      scanWith(
        shell,
        'Dockerfile',
      )(`
        FROM python:3.12-slim
        RUN pip install --no-cache-dir -r requirements.txt spacy==3.8.2 en_core_web_sm==3.8.0
        RUN python -m pip install "de_core_news_sm @ ${asset('de_core_news_sm')}"
        RUN uv pip install --system pt-core-news-lg
        RUN pip install torch en_core_sci_sm
      `),
    ).toEqual(['2:65 hub spacy/en_core_web_sm', '3:28 hub spacy/de_core_news_sm', '4:29 hub spacy/pt_core_news_lg']);
    expect(scanWith(shell, 'setup.sh')('uv add nb_core_news_sm\npoetry add ca-core-news-md@3.8.0\n')).toEqual([
      '1:8 hub spacy/nb_core_news_sm',
      '2:12 hub spacy/ca_core_news_md',
    ]);
  });
});

describe('requirements files are dependencies, not documents', () => {
  it('are not read as Markdown', () => {
    const text = dedent(`
      # see https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct
      \`\`\`bash
      ollama pull llama3.2
      \`\`\`
    `);
    expect(markdown.extract(text, 'notes.txt', ctx).length).toBeGreaterThan(0);
    for (const path of ['requirements.txt', 'requirements-dev.txt', 'requirements/base.txt', 'api/constraints.txt'])
      expect([path, markdown.extract(text, path, ctx)]).toEqual([path, []]);
  });
});

describe("a pipeline's release asset on a comment line installs nothing", () => {
  it('is a mention in a requirements file, a pyproject and a Dockerfile; a load on a line of its own', () => {
    expect(
      scanWith(
        url,
        'requirements.txt',
      )(`
        # en_core_web_sm @ ${asset('en_core_web_sm')}
        ${asset('de_core_news_sm')}#egg=de_core_news_sm
        # https://huggingface.co/spacy/en_core_web_md
      `),
    ).toEqual([
      '1:20 hub spacy/en_core_web_sm mention',
      '2:1 hub spacy/de_core_news_sm',
      '3:3 hub spacy/en_core_web_md mention',
    ]);
    expect(
      scanWith(
        url,
        'pyproject.toml',
      )(`
        [tool.poetry.dependencies]
        # it_core_news_sm = { url = "${asset('it_core_news_sm')}" }
        el_core_news_sm = { url = "${asset('el_core_news_sm')}" }
      `),
    ).toEqual(['2:30 hub spacy/it_core_news_sm mention', '3:28 hub spacy/el_core_news_sm']);
    expect(
      scanWith(
        url,
        'Dockerfile',
      )(`# RUN pip install ${asset('fr_core_news_sm')}
RUN pip install ${asset('nl_core_news_sm')}
`),
    ).toEqual(['1:19 hub spacy/fr_core_news_sm mention', '2:17 hub spacy/nl_core_news_sm']);
  });
});
