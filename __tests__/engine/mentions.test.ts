import { afterAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalog } from '../../src/catalog/catalog.js';
import type { ModelReference, Policy, Report } from '../../src/core/types.js';
import { schemaValidator } from '../../src/core/validate.js';
import { check } from '../../src/engine/check.js';
import { mentionClassifier } from '../../src/engine/mentions.js';
import { loadPolicy } from '../../src/policy/load.js';
import { DEFAULT_MENTIONS } from '../../src/policy/merge.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import type { Scanner } from '../../src/scanners/index.js';
import { scanners as allScanners } from '../../src/scanners/index.js';
import { tmpTree } from '../helpers/tmp.js';

/**
 * Documentation and tests name models without depending on them (issue 11 §2). The fixture is a diffusion app in the
 * shape of a real one: two models loaded in code, a README whose gallery links 38 community LoRAs (42 model links in
 * all), a docs page and a test that loads a tiny test pipeline.
 */
const catalog = loadCatalog();
const now = new Date('2026-11-28T10:00:00Z');
const fixture = join(process.cwd(), '__tests__', 'fixtures', 'repos', 'lora-gallery');
const tmps: string[] = [];
afterAll(() => tmps.forEach((d) => rmSync(d, { recursive: true, force: true })));

function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'model-gate-mentions-'));
  tmps.push(dir);
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

async function policyAt(dir: string, yaml?: string): Promise<Policy> {
  if (!yaml) return loadPolicy('default', { cwd: dir, catalog, now });
  writeFileSync(join(dir, 'policy.yml'), yaml);
  return loadPolicy('policy.yml', { cwd: dir, catalog, now });
}

const statuses = (r: Report) => r.models.map((m) => [m.id, m.status]);
const findingPaths = (r: Report) => new Set(r.models.flatMap((m) => m.findings.map((f) => f.path)));

describe('mentions: documentation and tests are not dependencies', () => {
  it('a README with 40 model links leaves the verdict unchanged', async () => {
    const dir = copy();
    const policy = await policyAt(dir);
    const withReadme = await check({ root: dir, policy, catalog, now });
    rmSync(join(dir, 'README.md'));
    const without = await check({ root: dir, policy, catalog, now });

    expect(withReadme.verdict).toBe('pass');
    expect(withReadme.verdict).toBe(without.verdict);
    expect(statuses(withReadme)).toEqual(statuses(without));
    expect(withReadme.summary).toEqual(without.summary);
    expect(withReadme.models.map((m) => m.id).sort()).toEqual([
      'madebyollin/sdxl-vae-fp16-fix',
      'stabilityai/stable-diffusion-xl-base-1.0',
    ]);
    const readme = withReadme.mentions!.filter((m) => m.path === 'README.md');
    expect(readme.length).toBeGreaterThanOrEqual(40);
    expect(readme).toContainEqual({ id: 'pixel-forge/sdxl-pixel-art-lora', path: 'README.md', line: 14 });
    expect(findingPaths(withReadme).has('README.md')).toBe(false);
    expect(schemaValidator('report')(withReadme)).toBe(true);
  });

  it('lists docs pages and tests as mentions, with the documentation places of models the code loads', async () => {
    const r = await check({ root: fixture, policy: await policyAt(copy()), catalog, now });
    expect(r.mentions).toEqual(
      expect.arrayContaining([
        { id: 'segmind/SSD-1B', path: 'docs/training.md', line: 5 },
        { id: 'hf-internal-testing/tiny-stable-diffusion-xl-pipe', path: 'tests/test_pipeline.py', line: 5 },
        { id: 'stabilityai/stable-diffusion-xl-base-1.0', path: 'README.md', line: 5 },
      ]),
    );
    // Loaded in code and named in the README: a dependency, whose locations are its declaration and its loads.
    const sdxl = r.models.find((m) => m.id === 'stabilityai/stable-diffusion-xl-base-1.0')!;
    expect(sdxl.locations.map((l) => l.path)).toEqual(['models.yaml', 'app/pipeline.py']);
    // Sorted by path and line.
    const keys = r.mentions!.map((m) => `${m.path}\u0000${String(m.line).padStart(6, '0')}`);
    expect(keys).toEqual([...keys].sort());
  });

  it("reads Quarto's and R Markdown's documents as Markdown: what their code chunks load is a mention", async () => {
    // a Quarto site's home page at the root (axolotl's index.qmd), and an R Markdown vignette
    const t = tmpTree({
      'index.qmd': [
        '---',
        'title: "Acme Tune"',
        'format: html',
        '---',
        '',
        'Fine-tune a model in a few lines:',
        '',
        '```{.bash}',
        'huggingface-cli download acme-labs/tune-base-7b',
        '```',
        '',
        '```{python}',
        '#| eval: false',
        'from transformers import AutoModelForCausalLM',
        '',
        'model = AutoModelForCausalLM.from_pretrained("acme-labs/tune-base-7b")',
        '```',
        '',
      ].join('\n'),
      'vignettes/embeddings.Rmd': [
        '---',
        'title: "Embeddings"',
        'output: rmarkdown::html_vignette',
        '---',
        '',
        '```{python}',
        'from sentence_transformers import SentenceTransformer',
        'encoder = SentenceTransformer("acme-labs/embed-small")',
        '```',
        '',
      ].join('\n'),
    });
    tmps.push(t.dir);
    const r = await check({ root: t.dir, policy: await policyAt(t.dir), catalog, now });
    expect(r.models).toEqual([]);
    expect(r.mentions).toEqual([
      { id: 'acme-labs/tune-base-7b', path: 'index.qmd', line: 9 },
      { id: 'acme-labs/tune-base-7b', path: 'index.qmd', line: 16 },
      { id: 'acme-labs/embed-small', path: 'vignettes/embeddings.Rmd', line: 8 },
    ]);
  });

  it('shows mentions collapsed: a counted section in text, <details> in Markdown', async () => {
    const r = await check({ root: fixture, policy: await policyAt(copy()), catalog, now });
    const text = renderText(r);
    expect(text).toMatch(
      /^Mentions \(45 places, 44 models\): named in documentation or tests, not evaluated \(scan\.mentions\)$/m,
    );
    expect(text).toMatch(/^ {2}and 40 more \(see the JSON report\)$/m);
    expect(text).not.toMatch(/README\.md:\d+ loads/);
    const md = renderMarkdown(r);
    expect(md).toContain(
      '<details><summary>Mentions: 45 places in documentation and tests name models (not evaluated)</summary>',
    );
    expect(md).not.toMatch(/❌/);
  });

  it('scan.mentions replaces the default list; [] evaluates every reference', async () => {
    const dir = copy();
    const all = await check({
      root: dir,
      policy: await policyAt(dir, 'version: 1\nextends: [default]\nscan:\n  mentions: []\n'),
      catalog,
      now,
    });
    expect(all.mentions).toEqual([]);
    expect(all.verdict).toBe('fail');
    const lora = all.models.find((m) => m.id === 'pixel-forge/sdxl-pixel-art-lora')!;
    expect(lora.status).toBe('blocked');
    const undeclared = lora.findings.find((f) => f.rule === 'manifest.undeclared')!;
    // A README names a model; it does not load it. The advice fits Markdown.
    expect(undeclared.message).toBe(
      'README.md:14 names pixel-forge/sdxl-pixel-art-lora, which models.yaml does not declare',
    );
    expect(undeclared.help).toContain('`<!-- model-gate: ignore -->`');

    const docsOnly = await check({
      root: dir,
      policy: await policyAt(dir, 'version: 1\nextends: [default]\nscan:\n  mentions: ["docs/**"]\n'),
      catalog,
      now,
    });
    // (the guide names its base in prose, and links the smaller one)
    expect(docsOnly.mentions).toEqual([
      { id: 'stabilityai/stable-diffusion-xl-base-1.0', path: 'docs/training.md', line: 4 },
      { id: 'segmind/SSD-1B', path: 'docs/training.md', line: 5 },
    ]);
    expect(docsOnly.models.some((m) => m.id === 'hf-internal-testing/tiny-stable-diffusion-xl-pipe')).toBe(true);
  });

  it('the suppression advice works when followed', async () => {
    const files = {
      'README.md': '# Demo\n\nTry [a LoRA](https://huggingface.co/pixel-forge/sdxl-pixel-art-lora).\n',
      'app/chat.py':
        'from transformers import AutoModel\nmodel = AutoModel.from_pretrained("acme/not-really-a-model")\n',
    };
    const t = tmpTree(files);
    tmps.push(t.dir);
    const policy = await policyAt(t.dir, 'version: 1\nextends: [default]\nscan:\n  mentions: []\n');
    const before = await check({ root: t.dir, policy, catalog, now });
    const advice = new Map(
      before.models.map((m) => [m.id, m.findings.find((f) => f.rule === 'manifest.undeclared')!.help!]),
    );
    const comment = (id: string) => /`([^`]*model-gate: ignore[^`]*)`/.exec(advice.get(id)!)![1];
    expect(comment('pixel-forge/sdxl-pixel-art-lora')).toBe('<!-- model-gate: ignore -->');
    expect(comment('acme/not-really-a-model')).toBe('# model-gate: ignore');
    writeFileSync(
      join(t.dir, 'README.md'),
      files['README.md'].replace('lora).', `lora). ${comment('pixel-forge/sdxl-pixel-art-lora')}`),
    );
    writeFileSync(
      join(t.dir, 'app/chat.py'),
      files['app/chat.py'].replace(')\n', `)  ${comment('acme/not-really-a-model')}\n`),
    );
    const after = await check({ root: t.dir, policy, catalog, now });
    expect(after.models).toEqual([]);
    expect(before.verdict).toBe('fail');
    expect(after.verdict).toBe('pass');
  });

  it('the suppression advice follows the file type', async () => {
    const t = tmpTree({
      'app/chat.py': 'from transformers import pipeline\npipe = pipeline("text-generation", model="acme/chat-model")\n',
      'web/embed.ts':
        'import { pipeline } from "@huggingface/transformers";\nconst p = await pipeline("feature-extraction", "acme/embedder");\n',
    });
    tmps.push(t.dir);
    const r = await check({ root: t.dir, policy: await policyAt(t.dir), catalog, now });
    const help = (id: string) =>
      r.models.find((m) => m.id === id)!.findings.find((f) => f.rule === 'manifest.undeclared')!.help;
    expect(help('acme/chat-model')).toContain('`# model-gate: ignore`');
    expect(help('acme/embedder')).toContain('`// model-gate: ignore`');
  });
});

describe('mentionClassifier', () => {
  const ref = (path: string, extra: Partial<ModelReference> = {}): ModelReference => ({
    id: 'org/m',
    kind: 'hub',
    path,
    line: 1,
    scanner: 'python',
    ...extra,
  });
  const isMention = mentionClassifier(DEFAULT_MENTIONS);

  it.each([
    'README.md',
    'docs/usage.rst',
    'notes/models.txt',
    'site/docs/api.py',
    'tests/test_app.py',
    'pkg/tests/helpers.py',
    'test/fixtures.js',
    'src/__tests__/x.ts',
    'pkg/model_test.go',
    'test_models.py',
    'blog/tests.py',
    'backend/python/vllm/test.py',
    'conftest.py',
    'pkg/tests/conftest.py',
    'web/app.test.tsx',
    'releasenotes/notes/add-qwen-reranker-support-87a3354f3a3a292b.yaml',
    'newsfragments/1234.feature',
    'changelog.d/20250101_added_reranker.yaml',
    'web/app.spec.ts',
    'CHANGELOG.MD',
    // Quarto's and R Markdown's documents
    'index.qmd',
    'vignettes/intro.Rmd',
    'papers/technical-report/report.tex',
    'docs-src/guide.adoc',
    'integration-tests/models/test_flash_llama.py',
    'integration_tests/conftest_helpers.py',
    'e2e/chat.spec.mjs',
    'web/e2e/fixtures/models.ts',
    'autotest/tools/common_case_config.py',
    'llms/huggingface/testdata/TestHuggingFaceLLMStandardInference.httprr',
    'internal/client/testdata/chat_request.json',
    'integration-tests/models/__snapshots__/test_flash_qwen2_vl/test_bay.json',
    'web/src/__snapshots__/chat.tsx.snap',
    'tests/__snapshots__/test_cli.ambr',
    // the test code of the languages the native scanner reads
    'app/src/androidTest/java/com/acme/chat/LlmInferenceTest.kt',
    'src/Acme.Chat.Tests/OllamaChatTests.cs',
    'tests/Acme.Chat.UnitTests/KernelSetupTests.cs',
    'Acme.Chat.IntegrationTests/HuggingFaceTests.cs',
    'src/test/java/com/acme/EmbeddingsTest.java',
    'Tests/ChatTests/LoaderTests.swift',
    // continuous integration: a workflow downloads the models the tests run
    '.github/workflows/test.yaml',
    '.github/workflows/ci/run_tests.yml',
    // a Jekyll site's data files: the tables its pages render (a benchmark leaderboard)
    'site/_data/leaderboard.yml',
    'website/_data/results/quantization.json',
    // gettext's translation catalogs of translated documentation (Sphinx's locale folders), and `doc/` folders
    'doc/source/locale/de/LC_MESSAGES/models/builtin/llm/opt.po',
    'locale/zh_CN/LC_MESSAGES/messages.pot',
    'doc/source/conf.py',
    'doc/source/models/builtin/llm/vicuna-v1.5.rst',
    'tools/doc/gen_model_table.py',
  ])('%s is documentation or tests', (path) => expect(isMention(ref(path))).toBe(true));

  it.each([
    'app/main.py',
    'src/models/loader.ts',
    'Dockerfile',
    'config/models.yaml',
    'testing_utils.py',
    'contest/app.py',
    'app/latest.py',
    'app/contests.py',
    'app/conftest_utils.py',
    'app/e2e_pipeline.py',
    'autotests.py',
    'internal/testdatabase/models.go',
    // a folder whose name starts with doc is no documentation folder; a file named doc is no folder
    'app/doctor/models.py',
    'src/documents/loader.py',
    'pkg/doc.py',
    'web/i18n/po.json',
    // pip's requirements files are text files, but what they install is a dependency
    'requirements.txt',
    'requirements-dev.txt',
    'services/api/dev-requirements.txt',
    'requirements/production.txt',
    'constraints.txt',
    'app/src/main/java/com/acme/chat/LlmInference.kt',
    'src/Acme.Chat/Program.cs',
    'src/Acme.Testsuite.Runner/Program.cs',
    // a packaging script beside the workflows is code, and so are workflows folders that are not GitHub's
    '.github/build_windows_packages.ps1',
    'deploy/.github/workflows/release.yml',
    // code in a folder named `_data` is still code
    'pkg/_data/loader.py',
  ])('%s is code', (path) => expect(isMention(ref(path))).toBe(false));

  it('a requirements file of the docs or the tests is theirs: the last glob that matches decides', () => {
    for (const path of ['docs/requirements.txt', 'tests/requirements.txt', 'pkg/test/requirements/ci.txt'])
      expect([path, isMention(ref(path))]).toEqual([path, true]);
    // a `!GLOB` takes back what the globs before it matched, not those after it
    const own = mentionClassifier(['**/*.txt', '!**/models*.txt', 'legacy/**']);
    expect(own(ref('notes.txt'))).toBe(true);
    expect(own(ref('models-prod.txt'))).toBe(false);
    expect(own(ref('legacy/models-prod.txt'))).toBe(true);
    // only negations: nothing is a mention by its path
    expect(mentionClassifier(['!**/*.md'])(ref('README.md'))).toBe(false);
    expect(mentionClassifier(['!**/*.md'])(ref('app.py'))).toBe(false);
  });

  it("a scanner's mention flag (a notebook Markdown cell, a comment) makes a mention, except under []", () => {
    expect(isMention(ref('notebooks/demo.ipynb', { mention: true }))).toBe(true);
    expect(mentionClassifier([])(ref('notebooks/demo.ipynb', { mention: true }))).toBe(false);
    expect(mentionClassifier([])(ref('README.md'))).toBe(false);
  });
});

describe('hosted services', () => {
  /** A scanner standing in for the SDK scanners: it reports what the file's lines say, as the real ones would. */
  const extract = (content: string, path: string): ModelReference[] =>
    content.split('\n').flatMap((text, i) => {
      const m = /^# (hosted|hub|mention) (\S+)(?: (\S+))?$/.exec(text);
      if (!m) return [];
      const r: ModelReference = {
        id: m[2],
        kind: m[1] === 'hosted' ? 'hosted' : 'hub',
        path,
        line: i + 1,
        column: 1,
        scanner: 'sdk-test',
      };
      if (m[1] === 'hosted' && m[3]) r.provider = m[3];
      if (m[1] === 'mention') r.mention = true;
      return [r];
    });
  // Both shapes of the scanner interface: extract (one file's references) and scan (with cross-file facts).
  const sdk = {
    name: 'sdk-test',
    description: 'test scanner',
    url: 'https://example.invalid',
    fileMatch: ['**/*.py', '**/*.ipynb'],
    extract,
    scan: (content: string, path: string) => ({ references: extract(content, path) }),
  } as unknown as Scanner;

  it('are listed with provider and places, never evaluated, never changing the verdict', async () => {
    const t = tmpTree({
      'app/llm.py': '# hosted gpt-4o openai\n# hosted ibm/granite-13b-chat-v2 watsonx\n',
      'app/rag.py': '# hosted gpt-4o openai\n# hub openai-community/gpt2\n',
      'notebooks/tour.ipynb': '# mention meta-llama/Llama-3.1-8B-Instruct\n',
    });
    tmps.push(t.dir);
    const policy = await policyAt(t.dir);
    const r = await check({
      root: t.dir,
      policy,
      catalog,
      now,
      scanners: [...allScanners.filter((s) => s.name !== 'url'), sdk],
    });
    expect(r.hosted).toEqual([
      {
        id: 'gpt-4o',
        provider: 'openai',
        locations: [
          { path: 'app/llm.py', line: 1 },
          { path: 'app/rag.py', line: 1 },
        ],
      },
      { id: 'ibm/granite-13b-chat-v2', provider: 'watsonx', locations: [{ path: 'app/llm.py', line: 2 }] },
    ]);
    // ibm/granite-13b-chat-v2 looks like a Hub id but is watsonx's: no model, no license.unknown.
    expect(r.models.map((m) => m.id)).toEqual(['openai-community/gpt2']);
    expect(r.mentions).toEqual([{ id: 'meta-llama/Llama-3.1-8B-Instruct', path: 'notebooks/tour.ipynb', line: 1 }]);
    expect(r.verdict).toBe('pass');
    expect(schemaValidator('report')(r)).toBe(true);
    const text = renderText(r);
    expect(text).toMatch(/^Hosted services \(2\): APIs, not weights; no license is evaluated$/m);
    expect(text).toMatch(/^ {2}gpt-4o \(openai\) {2}app\/llm\.py:1 \+1$/m);
    const md = renderMarkdown(r);
    expect(md).toContain(
      '<details><summary>Hosted services: 2 models of hosted APIs (not weights; no license evaluated)</summary>',
    );
    expect(md).toContain('| <code>ibm/granite-13b-chat-v2</code> | watsonx | <code>app/llm.py:2</code> |');
  });
});

describe('with the real scanners', () => {
  const corpus = join(process.cwd(), '__tests__', 'fixtures', 'scan-corpus', 'python');

  it('hosted APIs are services, notebook Markdown cells and tests are mentions, none evaluated', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'model-gate-real-'));
    tmps.push(dir);
    for (const f of ['watsonx_app.py', 'notebooks/compare.ipynb', 'tests/test_loader.py'])
      cpSync(join(corpus, f), join(dir, f), { recursive: true });
    const r = await check({ root: dir, policy: await policyAt(dir), catalog, now });
    expect(r.hosted).toEqual(
      expect.arrayContaining([
        { id: 'ibm/granite-13b-chat-v2', provider: 'watsonx', locations: [{ path: 'watsonx_app.py', line: 11 }] },
        {
          id: 'meta-llama/llama-3-3-70b-instruct',
          provider: 'watsonx',
          locations: [{ path: 'watsonx_app.py', line: 15 }],
        },
      ]),
    );
    // Hosted ids that look like Hub ids are never models, never looked up, never license.unknown.
    expect(
      r.models.some(
        (m) => m.id.toLowerCase().startsWith('ibm/') || m.id.toLowerCase() === 'meta-llama/llama-3-3-70b-instruct',
      ),
    ).toBe(false);
    expect(r.mentions).toEqual(
      expect.arrayContaining([
        { id: 'HuggingFaceTB/SmolLM2-1.7B-Instruct', path: 'notebooks/compare.ipynb', line: 9 },
        { id: 'microsoft/Phi-3.5-mini-instruct', path: 'notebooks/compare.ipynb', line: 10 },
        { id: 'cleanup/test', path: 'tests/test_loader.py', line: 10 },
      ]),
    );
    // The notebook's code cell loads SmolLM2: a dependency, with its Markdown-cell lines among the mentions.
    expect(r.models.map((m) => m.id)).toEqual(['HuggingFaceTB/SmolLM2-1.7B-Instruct']);
    expect(schemaValidator('report')(r)).toBe(true);
  });
});

describe('hosted services: open-weight models on a service', () => {
  it("lists a Hub-named model of a service as hosted, with the open-weight model's license shown, never evaluated", async () => {
    const t = tmpTree({
      'app/providers.py': [
        '_PROVIDER_MODELS = {',
        '    "groq": ["meta-llama/llama-3.3-70b-instruct", "acme-labs/chat-model-v2"],',
        '    "together_ai": ["google/gemma-2-9b-it"],',
        '}',
        '',
        'def default_model(provider):',
        '    models = _PROVIDER_MODELS.get(provider, [])',
        '    return f"{provider}/{models[0]}"',
        '',
      ].join('\n'),
    });
    try {
      const policy = await loadPolicy('default', { cwd: t.dir, catalog, now });
      const r = await check({ root: t.dir, policy, catalog, now });
      expect(r.models).toEqual([]);
      expect(r.verdict).toBe('pass');
      expect(r.hosted).toEqual([
        {
          id: 'acme-labs/chat-model-v2',
          provider: 'groq',
          locations: [{ path: 'app/providers.py', line: 2 }],
        },
        {
          id: 'meta-llama/llama-3.3-70b-instruct',
          provider: 'groq',
          model: 'meta-llama/Llama-3.3-70B-Instruct',
          license: 'llama3.3',
          locations: [{ path: 'app/providers.py', line: 2 }],
        },
        {
          id: 'google/gemma-2-9b-it',
          provider: 'together',
          model: 'google/gemma-2-9b-it',
          license: 'gemma',
          locations: [{ path: 'app/providers.py', line: 3 }],
        },
      ]);
      expect(schemaValidator('report')(r)).toBe(true);
      const text = renderText(r);
      expect(text).toContain(
        'meta-llama/llama-3.3-70b-instruct (groq)  open weights meta-llama/Llama-3.3-70B-Instruct · llama3.3',
      );
      expect(text).toContain("an open-weight model's license binds its users on a service too");
      const md = renderMarkdown(r);
      expect(md).toContain('| Model | Provider | Open weights | Where |');
      expect(md).toContain(
        '| <code>google/gemma-2-9b-it</code> | together | <code>google/gemma-2-9b-it</code> (gemma) | <code>app/providers.py:3</code> |',
      );
      expect(md).toContain('| <code>acme-labs/chat-model-v2</code> | groq | | <code>app/providers.py:2</code> |');
    } finally {
      t.remove();
    }
  });
});
