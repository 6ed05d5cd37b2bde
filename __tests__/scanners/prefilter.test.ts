import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { decodeText } from '../../src/discover/files.js';
import { ScannerSet } from '../../src/discover/scan-file.js';
import { scanContext } from '../../src/scanners/context.js';
import { javascript, python, scanners } from '../../src/scanners/index.js';
import { literalNeedles, startsWithHfHub } from '../../src/scanners/common/prefilter.js';
import { Budget } from '../../src/scanners/limits.js';
import { codeBlocks } from '../../src/scanners/markdown/blocks.js';
import { documentReferences } from '../../src/scanners/markdown/index.js';
import type { ScanContext, Scanner, ScanOutput } from '../../src/scanners/types.js';
import { ctx as testCtx } from './helpers.js';

/**
 * The exact pre-filters (`Scanner.mayHold`): whenever the full scan of a file finds anything (a reference, a
 * mention, a hosted model, a fact other than the class fields a scanner may set aside), the pre-filter says
 * "maybe". Checked on every file of the test suite (fixtures, the labelled corpus, the scanners' own tests),
 * on every code snippet of the scanner tests, and on generated files.
 */

const catalogCtx = scanContext(loadCatalog());
const set = new ScannerSet(scanners);
const withFilter = scanners.filter((s) => s.mayHold);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/** What the full scan found, but the class fields a scanner's pre-filter sets aside; undefined when nothing. */
function found(scanner: Scanner, text: string, path: string, ctx: ScanContext): string | undefined {
  let out: ScanOutput;
  try {
    out = scanner.scan(text, path, ctx);
  } catch {
    return undefined; // over a limit: nothing is reported but the limit
  }
  const { fields, ...facts } = out.facts ?? {};
  const kept = Object.entries(facts).filter(([, v]) => Array.isArray(v) && v.length);
  if (fields?.length && !scanner.mayHoldSkipsFields) kept.push(['fields', fields]);
  if (!out.references.length && !kept.length) return undefined;
  return JSON.stringify({
    references: out.references.map((r) => `${r.line}:${r.column} ${r.kind} ${r.id}`),
    facts: kept.map(([k]) => k),
  });
}

/** Every (scanner, ctx) for which the full scan finds something and the pre-filter says no. */
function misses(path: string, text: string): string[] {
  const out: string[] = [];
  for (const scanner of withFilter) {
    if (!set.applicable(path).includes(scanners.indexOf(scanner))) continue;
    for (const [name, ctx] of [
      ['test catalog', testCtx],
      ['catalog', catalogCtx],
    ] as const) {
      const what = found(scanner, text, path, ctx);
      if (what && !scanner.mayHold!(text, path, ctx)) out.push(`${scanner.name} (${name}) on ${path}: ${what}`);
    }
  }
  return out;
}

/** The backtick literals (without substitutions) of a test source: the code snippets the scanner tests scan. */
function snippets(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/`((?:[^`\\$]|\\[\s\S]|\$(?!\{))*)`/g)) {
    // the literal's value: template escapes undone as JavaScript does for the common ones
    const text = m[1]
      .replace(/\\([\\`$])/g, '$1')
      .replace(/\\n/g, '\n')
      .replace(/\\t/g, '\t');
    if (text.length >= 8) out.push(text.replace(/^\n/, ''));
  }
  return out;
}

const dedentAll = (s: string) => {
  const lines = s.split('\n');
  const ind = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(Number.isFinite(ind) ? ind : 0)).join('\n');
};

/** Values a model parameter may be given, of every shape the scanners read. */
const PY_VALUES = [
  '"gpt2"',
  "'bert-base-uncased'",
  '"acme/sentiment-v2"',
  '" acme/padded-model "',
  '"\\tacme/tabbed\\n"',
  '"small"',
  '"large-v3"',
  '"en_core_web_sm"',
  '"gpt-4o"',
  '"claude-3-5-sonnet-latest"',
  '"llama3.2:3b"',
  '"ollama/llama3"',
  '"hf-hub:timm/vit_base_patch16_224"',
  '"hf://acme/x/model.gguf"',
  '"hf:acme/x-GGUF:Q4_K_M"',
  '"acme/routed:together"',
  '"Llama-3.2-1B-Instruct-q4f16_1-MLC"',
  '"https://huggingface.co/acme/url-model"',
  '"""\nacme/docstring-model\n"""',
  'r"acme/raw-model"',
  'b"acme/bytes-model"',
  '"acme/unterminated',
  '"acme\\/escaped"',
  'MODEL_A',
  'os.getenv("MODEL_ID", "acme/env-default")',
  'os.environ["OLLAMA_MODEL"]',
  'settings.chat_model',
  'cfg.local_llm',
  'f"acme/{name}"',
];

const PY_CONTEXTS = [
  'model = V',
  'MODEL_NAME = V',
  'EMBEDDING_MODELS = [V]',
  'self.model_id = V',
  'result = run(model=V)',
  'result = run(\n    task="x",\n    model=V,\n)',
  'result = run(  # the model\n    model_name=V)',
  'result = run(x, \\\n    model_path=V)',
  'CONFIG = {"model": V}',
  'CONFIG = {\n    "base_model"  :  V,\n}',
  'm = load_model(V)',
  'm = get_embedding_model(V)',
  'from transformers import pipeline\np = pipeline("text-generation", model=V)',
  'from transformers import AutoModel\nm = AutoModel.from_pretrained(V)',
  'from langchain_ollama import ChatOllama\nllm = ChatOllama(model=V)',
  'from openai import OpenAI\nclient = OpenAI()\nr = client.chat.completions.create(model=V, messages=[])',
  'from openai import OpenAI\nclient = OpenAI(base_url="http://localhost:11434/v1")\nr = client.chat.completions.create(model=V)',
  'import openai\nr = openai.ChatCompletion.create(model=V)',
  'import whisper\nm = whisper.load_model(V)',
  'from faster_whisper import WhisperModel\nm = WhisperModel(V)',
  'import spacy\nnlp = spacy.load(V)',
  'from spacy.cli import download\ndownload(V)',
  'import argparse\nparser = argparse.ArgumentParser()\nparser.add_argument("--model", default=V)',
  'from langchain.chat_models import init_chat_model\nm = init_chat_model(V)',
  'import litellm\nr = litellm.completion(V, messages=[])',
  'import torch\nm = torch.hub.load(V, "dinov2_vits14")',
  'import boto3\nc = boto3.client("bedrock-runtime")\nc.converse(modelId=V)',
  'from google import genai\nc = genai.Client()\nc.models.generate_content(model=V, contents="x")',
  'from ibm_watsonx_ai.foundation_models import ModelInference\nm = ModelInference(model_id=V)',
  'class Settings(BaseSettings):\n    ollama_model: str = V',
  'class Settings(BaseSettings):\n    model_name: str',
  'from pkg.configuration import Configuration\ncfg = Configuration()\nr = run(model=cfg.local_llm)',
  'from pkg.configuration import Configuration\ndef f(cfg: Configuration):\n    return {"model": cfg.local_llm}',
  'from pkg import settings\nm = load_model(settings.chat_model)',
  'class Configuration:\n    local_llm = V',
  'def f(model: str = V):\n    return model',
  'for m in [V]:\n    run(model=m)',
];

const JS_VALUES = [
  "'gpt2'",
  '"acme/sentiment-v2"',
  '`acme/template-model`',
  "' acme/padded '",
  "'acme\\/escaped'",
  "'gpt-4o'",
  "'llama3.2'",
  "'small'",
  "'hf-hub:acme/x'",
  "'hf:acme/x-GGUF:Q4_K_M'",
  "'acme/routed:fastest'",
  "'Llama-3.2-1B-Instruct-q4f16_1-MLC'",
  "'https://huggingface.co/acme/x'",
  'process.env.MODEL_ID',
  "process.env.MODEL_ID ?? 'acme/env-default'",
  'MODEL_A',
  '`acme/${name}`',
];

const JS_CONTEXTS = [
  'const model = V;',
  "import { CreateMLCEngine } from '@mlc-ai/web-llm';\nconst engine = await CreateMLCEngine(V);",
  'export const MODEL_ID = V;',
  'const opts = { model: V };',
  'run({ modelName: V });',
  "import { pipeline } from '@huggingface/transformers';\nconst p = await pipeline('feature-extraction', V);",
  "import { HfInference } from '@huggingface/inference';\nconst hf = new HfInference();\nawait hf.textGeneration({ model: V });",
  "import ollama from 'ollama';\nawait ollama.chat({ model: V });",
  "import OpenAI from 'openai';\nconst client = new OpenAI();\nawait client.chat.completions.create({ model: V });",
  "import { openai } from '@ai-sdk/openai';\nconst m = openai(V);",
  "import { createGroq } from '@ai-sdk/groq';\nconst groq = createGroq({});\nconst m = groq(V);",
  "import { gateway } from '@ai-sdk/gateway';\nconst m = gateway.languageModel(V);",
  "import { ChatAnthropic } from '@langchain/anthropic';\nconst m = new ChatAnthropic({ model: V });",
  "import { initChatModel } from 'langchain/chat_models/universal';\nconst m = await initChatModel(V);",
  "import { listFiles } from '@huggingface/hub';\nlistFiles({ repo: V });",
  'class A {\n  private readonly model = V;\n}',
  'function f(model: string = V) {\n  return model;\n}',
];

describe('exact pre-filters (mayHold)', () => {
  it('say "maybe" for every file of the test suite and the sources on which the full scan finds anything', () => {
    const root = process.cwd();
    const bad: string[] = [];
    let checked = 0;
    for (const file of [...filesUnder(join(root, '__tests__')), ...filesUnder(join(root, 'src'))]) {
      const path = relative(root, file).split('\\').join('/');
      const data = readFileSync(file);
      if (data.includes(0)) continue;
      bad.push(...misses(path, decodeText(data)));
      checked++;
    }
    expect(bad).toEqual([]);
    expect(checked).toBeGreaterThan(300);
  });

  it('say "maybe" for every code snippet of the scanner tests', () => {
    const dir = join(process.cwd(), '__tests__', 'scanners');
    const bad: string[] = [];
    let hits = 0;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      for (const text of snippets(readFileSync(join(dir, name), 'utf8'))) {
        for (const code of [text, dedentAll(text)]) {
          for (const path of ['snippet.py', 'snippet.ts', 'snippet.js', 'snippet.vue']) {
            bad.push(...misses(path, code));
            if (
              withFilter.some(
                (s) => set.applicable(path).includes(scanners.indexOf(s)) && found(s, code, path, testCtx),
              )
            )
              hits++;
          }
        }
      }
    }
    expect(bad).toEqual([]);
    expect(hits).toBeGreaterThan(150);
  });

  it('say "maybe" for generated files: every value shape in every context the analyses read', () => {
    const bad: string[] = [];
    let hits = 0;
    const header = 'from .models import Article\n\nMODEL_A = "acme/constant-model"\n';
    for (const context of PY_CONTEXTS) {
      for (const value of PY_VALUES) {
        const text = header + context.split('V').join(value) + '\n';
        bad.push(...misses('app/generated.py', text));
        if (foundAny(python, text, 'app/generated.py')) hits++;
      }
    }
    const jsHeader = "import { UserModel } from '../models/user.model';\nconst MODEL_A = 'acme/constant-model';\n";
    for (const context of JS_CONTEXTS) {
      for (const value of JS_VALUES) {
        const text = jsHeader + context.split('V').join(value) + '\n';
        bad.push(...misses('src/generated.ts', text));
        if (foundAny(javascript, text, 'src/generated.ts')) hits++;
      }
    }
    expect(bad).toEqual([]);
    expect(hits).toBeGreaterThan(400);
  });

  it('decline code that says "model" without naming one (Django models and views, TypeScript view models)', () => {
    const django = [
      'from django.db import models\n\nclass ArticleTag(models.Model):\n    user_id = models.CharField(max_length=255)\n    tag = models.ForeignKey("Tag", on_delete=models.CASCADE, related_name="articles")\n\n    class Meta:\n        ordering = ["-created_at"]\n        verbose_name = "article tag"\n',
      'from rest_framework import serializers\nfrom .models import Article\n\nclass ArticleSerializer(serializers.ModelSerializer):\n    class Meta:\n        model = Article\n        fields = ["id", "tag", "created_at"]\n',
      'from .models import Order\n\nclass OrderViewSet(viewsets.ModelViewSet):\n    def sync_tag(self, request, pk=None):\n        model = self.get_object()\n        model.save(update_fields=["updated_at"])\n        return Response(self.get_serializer(model).data)\n',
    ];
    for (const text of django) expect(python.mayHold!(text, 'app/models.py', testCtx)).toBe(false);
    const ts =
      "import { UserModel } from '../models/user.model';\n\nexport class UserViewModel {\n  constructor(private readonly model: UserModel) {}\n  async get(id: string) {\n    const res = await this.http.get(`/api/users/${id}`);\n    return { ...(await res.json()), userId: this.model.id };\n  }\n}\n";
    expect(javascript.mayHold!(ts, 'src/user.view-model.ts', testCtx)).toBe(false);
    // the same code naming a model in a string: maybe
    expect(python.mayHold!(django[1].replace('"tag"', '"acme/tagger"'), 'app/serializers.py', testCtx)).toBe(true);
    expect(
      javascript.mayHold!(
        ts.replace("'../models/user.model'", "'../models/user.model';\nconst m = 'gpt2'"),
        'src/a.ts',
        testCtx,
      ),
    ).toBe(true);
  });

  it('test the hf-hub: prefix as /^hf[-_]hub:/i does', () => {
    // at each place, the characters that fit and some that do not (other letters' cases, look-alikes)
    const places = [
      ['h', 'H', 'x', '\u0130'],
      ['f', 'F', 'x'],
      ['-', '_', '/', '.', ' '],
      ['h', 'H', 'x'],
      ['u', 'U', '\u212a'],
      ['b', 'B', 'x'],
      [':', '/', ';'],
      ['x', ''],
    ];
    const wrong: string[] = [];
    let checked = 0;
    const grow = (s: string, at: number): void => {
      checked++;
      if (startsWithHfHub(s) !== /^hf[-_]hub:/i.test(s)) wrong.push(s);
      if (at < places.length) for (const c of places[at]) grow(s + c, at + 1);
    };
    grow('', 0);
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(10_000);
  });

  it('read the literal a module pattern requires', () => {
    expect(literalNeedles(/^openai$/)).toEqual(['openai']);
    expect(literalNeedles(/llama_index\.llms\.openai\b/)).toEqual(['llama_index.llms.openai']);
    expect(literalNeedles(/google\.generativeai|vertexai|google\.cloud\.aiplatform/)).toEqual([
      'google.generativeai',
      'vertexai',
      'google.cloud.aiplatform',
    ]);
    expect(literalNeedles(/^mistralai?x/)).toEqual(['mistrala']);
    expect(() => literalNeedles(/\w+/)).toThrow();
  });
});

/** A document's references with its blocks pre-filtered, and with every block lexed; '' when both fail alike. */
function documentBothWays(text: string, path: string, ctx: ScanContext): [string, string] {
  const run = (prefilter: boolean) => {
    try {
      return JSON.stringify(documentReferences(text, path, ctx, new Budget(text.length, ctx), prefilter));
    } catch (e) {
      return `error ${(e as Error).name}`;
    }
  };
  return [run(true), run(false)];
}

describe('documentation code blocks: the Python and JavaScript pre-filters', () => {
  const fence = (lang: string, code: string) =>
    `# Usage\n\nSome prose.\n\n\`\`\`${lang}\n${code}\n\`\`\`\n\nMore prose.\n`;

  it('lose no reference of any document of the repository, the test suite or generated blocks', () => {
    const root = process.cwd();
    const docs: Array<[string, string]> = [];
    for (const file of [
      ...filesUnder(join(root, '__tests__')),
      ...filesUnder(join(root, 'docs')),
      join(root, 'README.md'),
    ])
      if (/\.(md|mdx|markdown|rst)$/i.test(file)) docs.push([relative(root, file), readFileSync(file, 'utf8')]);
    // every Python and JavaScript snippet of the pre-filter tests, as a block of a document
    for (const context of PY_CONTEXTS)
      for (const value of PY_VALUES) docs.push(['docs/py.md', fence('python', context.split('V').join(value))]);
    for (const context of JS_CONTEXTS)
      for (const value of JS_VALUES) docs.push(['docs/js.md', fence('ts', context.split('V').join(value))]);
    const bad: string[] = [];
    let withRefs = 0;
    for (const [path, text] of docs) {
      for (const ctx of [testCtx, catalogCtx]) {
        const [filtered, all] = documentBothWays(text, path, ctx);
        if (filtered !== all) bad.push(`${path}: ${filtered} instead of ${all}`);
        if (all.length > 2) withRefs++;
      }
    }
    expect(bad).toEqual([]);
    expect(docs.length).toBeGreaterThan(400);
    expect(withRefs).toBeGreaterThan(300);
  });

  it('set aside the blocks that cannot name a model: a Django model, a TypeScript view model', () => {
    const doc =
      fence(
        'python',
        'from django.db import models\n\nclass Tag(models.Model):\n    name = models.CharField(max_length=50)',
      ) + fence('ts', 'export class UserViewModel {\n  constructor(private readonly model: UserModel) {}\n}');
    const blocks = codeBlocks(doc, false);
    expect(python.mayHold!(blocks.get('python')!, 'README.md', testCtx)).toBe(false);
    expect(javascript.mayHold!(blocks.get('javascript')!, 'README.md', testCtx)).toBe(false);
    // the same blocks naming a model: read, and found
    const naming = doc.replace('max_length=50)', 'max_length=50)\n\nm = AutoModel.from_pretrained("acme/tagger")');
    expect(documentBothWays(naming, 'README.md', testCtx)[0]).toContain('acme/tagger');
  });
});

function foundAny(scanner: Scanner, text: string, path: string): boolean {
  return found(scanner, text, path, testCtx) !== undefined || found(scanner, text, path, catalogCtx) !== undefined;
}
