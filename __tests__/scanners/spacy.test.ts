import { describe, expect, it } from '@jest/globals';
import { config, python, shell, url } from '../../src/scanners/index.js';
import { spacyPipelineId } from '../../src/scanners/common/values.js';
import { brief, ctx, dedent, scanWith } from './helpers.js';

const py = scanWith(python, 'nlp/pipeline.py');
const sh = scanWith(shell, 'scripts/setup.sh');

describe("spaCy's trained pipelines", () => {
  it('reads spacy.load(NAME) as the Hub repository spacy/NAME', () => {
    expect(
      py(`
        import spacy
        from spacy.language import Language

        nlp = spacy.load("en_core_web_sm", disable=["parser"])
        nlp_de = spacy.load(name='de_core_news_lg')

        def tokens(text: str) -> list[str]:
            return [t.text for t in nlp(text)]
      `),
    ).toEqual(['4:19 hub spacy/en_core_web_sm', '5:27 hub spacy/de_core_news_lg']);
  });

  it('follows constants, defaults of the environment and aliases of the module', () => {
    expect(
      py(`
        import os
        import spacy as sp

        SPACY_MODEL = "it_core_news_sm"
        LANG_MODELS = {"fr": "fr_core_news_md", "xx": "xx_ent_wiki_sm"}

        def load(lang: str):
            if lang in LANG_MODELS:
                return sp.load(LANG_MODELS[lang])
            return sp.load(SPACY_MODEL)

        ner = sp.load(os.getenv("NER_PIPELINE", "en_core_web_trf"))
      `),
    ).toEqual([
      '4:16 hub spacy/it_core_news_sm',
      '5:23 hub spacy/fr_core_news_md',
      '5:48 hub spacy/xx_ent_wiki_sm',
      '12:42 hub spacy/en_core_web_trf',
    ]);
  });

  it("reads spaCy's download command called from Python", () => {
    expect(
      py(`
        import spacy
        from spacy.cli import download

        try:
            nlp = spacy.load("nl_core_news_sm")
        except OSError:
            download("nl_core_news_sm")
            nlp = spacy.load("nl_core_news_sm")
        spacy.cli.download("pt_core_news_lg")
      `),
    ).toEqual([
      '5:23 hub spacy/nl_core_news_sm',
      '7:15 hub spacy/nl_core_news_sm',
      '8:23 hub spacy/nl_core_news_sm',
      '9:21 hub spacy/pt_core_news_lg',
    ]);
    expect(
      py(`
        from spacy import cli
        cli.download(model="ja_core_news_sm")
      `),
    ).toEqual(['2:21 hub spacy/ja_core_news_sm']);
  });

  it('reads a pipeline imported as its package and loaded', () => {
    expect(
      py(`
        import en_core_web_sm
        import zh_core_web_md as zh_pipeline

        nlp = en_core_web_sm.load()
        nlp_zh = zh_pipeline.load(exclude=["ner"])
      `),
    ).toEqual(['2:8 hub spacy/zh_core_web_md', '4:7 hub spacy/en_core_web_sm']);
  });

  it('reports no local pipeline, blank pipeline, nor a package that is not a spaCy pipeline', () => {
    expect(
      py(`
        import spacy
        import en_core_sci_sm
        from pathlib import Path

        MODEL_DIR = Path(__file__).parent / "models" / "ner"
        nlp = spacy.load("./training/model-best")
        nlp2 = spacy.load(MODEL_DIR)
        blank = spacy.blank("en")
        sci = spacy.load("en_core_sci_sm")
        sci2 = en_core_sci_sm.load()
        custom = spacy.load("en_pipeline")
        other = json.load("en_core_web_sm")
      `),
    ).toEqual([]);
  });

  it('reads nothing from a load of another module with a pipeline-shaped name', () => {
    expect(
      py(`
        import pickle
        from mylib import en_core_web_sm

        data = pickle.load(open("en_core_web_sm", "rb"))
        x = en_core_web_sm.load()
      `),
    ).toEqual([]);
  });

  it('reads `python -m spacy download NAME` in scripts, Dockerfiles and notebooks', () => {
    expect(
      sh(`
        #!/usr/bin/env bash
        set -euo pipefail
        pip install -r requirements.txt
        python -m spacy download en_core_web_sm
        python3 -m spacy download el_core_news_md --quiet
        spacy download es_dep_news_trf
        python -m spacy download "$SPACY_MODEL"
        python -m spacy validate
      `),
    ).toEqual(['4:26 hub spacy/en_core_web_sm', '5:27 hub spacy/el_core_news_md', '6:16 hub spacy/es_dep_news_trf']);
    const docker = scanWith(shell, 'Dockerfile');
    expect(
      docker(`
        FROM python:3.12-slim
        RUN pip install --no-cache-dir spacy==3.8.2 \\
            && python -m spacy download de_core_news_sm
      `),
    ).toEqual(['3:33 hub spacy/de_core_news_sm']);
    const nb = JSON.stringify({
      cells: [
        { cell_type: 'code', source: ['!python -m spacy download fr_core_news_sm\n'] },
        { cell_type: 'code', source: ['import spacy\n', 'nlp = spacy.load("fr_core_news_sm")\n'] },
      ],
      metadata: {},
      nbformat: 4,
      nbformat_minor: 5,
    });
    expect(brief(python.extract(nb, 'notebooks/ner.ipynb', ctx)).map((r) => r.replace(/^\d+:\d+ /, ''))).toEqual([
      'hub spacy/fr_core_news_sm',
      'hub spacy/fr_core_news_sm',
    ]);
  });

  it("reads a pipeline's release asset in a requirements line, pyproject or pip install, and no other asset", () => {
    const asset = (name: string, v = '3.8.0', tail = '-py3-none-any.whl') =>
      `https://github.com/explosion/spacy-models/releases/download/${name}-${v}/${name}-${v}${tail}`;
    expect(
      scanWith(
        url,
        'requirements.txt',
      )(`
        spacy==3.8.2
        en_core_web_sm @ ${asset('en_core_web_sm')}
        it_core_news_lg @ ${asset('it_core_news_lg', '3.7.0', '.tar.gz')}#egg=it_core_news_lg
      `),
    ).toEqual(['2:18 hub spacy/en_core_web_sm', '3:19 hub spacy/it_core_news_lg']);
    expect(
      scanWith(
        url,
        'pyproject.toml',
      )(`
        [project]
        name = "ner-service"
        dependencies = [
            "spacy>=3.8,<3.9",
            "de_core_news_md @ ${asset('de_core_news_md')}",
        ]
      `),
    ).toEqual(['5:24 hub spacy/de_core_news_md']);
    expect(
      scanWith(
        url,
        'Dockerfile',
      )(`
        FROM python:3.12-slim
        RUN pip install ${asset('fr_core_news_sm')}
        RUN pip install https://github.com/explosion/spacy-models/releases/download/en_core_web_sm-3.8.0/de_core_news_sm-3.8.0-py3-none-any.whl
        RUN pip install https://github.com/explosion/spacy-models/archive/refs/tags/v3.8.0.tar.gz
        RUN pip install https://github.com/allenai/scispacy/releases/download/v0.5.4/en_core_sci_sm-0.5.4.tar.gz
      `),
    ).toEqual(['2:17 hub spacy/fr_core_news_sm']);
  });

  it("reads a spaCy project's training folder as local: the trained pipeline it evaluates is its own", () => {
    const project = `
        title: "Example: relation extraction"
        vars:
          trained_model: "training/model-best"
          pretrained_model: "FacebookAI/roberta-base"
        directories: ["scripts", "configs", "assets", "data", "training"]
        commands:
          - name: "evaluate"
            script:
              - python scripts/evaluate.py --model training/coref --test-data corpus/test.spacy
              - python scripts/evaluate.py --model FacebookAI/roberta-base
      `;
    expect(scanWith(config, 'tutorials/rel_component/project.yml')(project)).toEqual([
      '4:22 hub FacebookAI/roberta-base',
    ]);
    expect(scanWith(shell, 'tutorials/rel_component/project.yml')(project)).toEqual([
      '10:44 hub FacebookAI/roberta-base',
    ]);
  });

  it('knows the naming of spaCy pipeline packages', () => {
    for (const name of [
      'en_core_web_sm',
      'en_core_web_trf',
      'de_dep_news_trf',
      'xx_ent_wiki_sm',
      'xx_sent_ud_sm',
      'ca_core_news_lg',
    ])
      expect(spacyPipelineId(name)).toBe(`spacy/${name}`);
    for (const name of ['en_core_sci_sm', 'en_ner_bc5cdr_md', 'en_pipeline', 'EN_CORE_WEB_SM', './en_core_web_sm', ''])
      expect(spacyPipelineId(name)).toBeUndefined();
  });

  it('is linear: a long file of loads is read in one pass', () => {
    const text = dedent(`
      import spacy
      ${Array.from({ length: 800 }, () => 'nlp = spacy.load("en_core_web_sm")').join('\n      ')}
    `);
    expect(python.extract(text, 'big.py', ctx).length).toBe(800);
  });
});
