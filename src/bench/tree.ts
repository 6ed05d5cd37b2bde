import { execFile } from 'node:child_process';
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { seededRandom } from '../core/random.js';

const NOUNS = [
  'user',
  'account',
  'order',
  'invoice',
  'payment',
  'session',
  'token',
  'cart',
  'product',
  'customer',
  'address',
  'shipment',
  'refund',
  'coupon',
  'review',
  'comment',
  'article',
  'category',
  'tag',
  'profile',
  'team',
  'project',
  'task',
  'ticket',
  'report',
  'metric',
  'event',
  'webhook',
  'subscription',
  'plan',
  'price',
  'discount',
  'warehouse',
  'supplier',
  'employee',
  'department',
  'document',
  'attachment',
  'message',
  'thread',
];
const VERBS = [
  'get',
  'create',
  'update',
  'delete',
  'list',
  'validate',
  'serialize',
  'render',
  'sync',
  'fetch',
  'build',
  'apply',
];
const FIELDS = [
  'CharField(max_length=255)',
  'IntegerField(default=0)',
  'DateTimeField(auto_now_add=True)',
  'BooleanField(default=False)',
  'TextField(blank=True)',
  'DecimalField(max_digits=10, decimal_places=2)',
  'SlugField(unique=True)',
  'EmailField()',
  'JSONField(default=dict)',
  'UUIDField(default=uuid.uuid4, editable=False)',
];

/** Models named by the references the tree holds: catalog ones and unknown ones, as real code has. */
const MODEL_IDS = [
  'meta-llama/Llama-3.1-8B-Instruct',
  'Qwen/Qwen2.5-7B-Instruct',
  'mistralai/Mistral-7B-Instruct-v0.3',
  'google/gemma-2-9b-it',
  'microsoft/Phi-3-mini-4k-instruct',
  'BAAI/bge-small-en-v1.5',
  'intfloat/e5-large-v2',
  'sentence-transformers/all-MiniLM-L6-v2',
  'openai/whisper-large-v3',
  'stabilityai/stable-diffusion-xl-base-1.0',
  'acme-internal/support-classifier-v2',
  'distilbert/distilbert-base-uncased-finetuned-sst-2-english',
];

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
const camel = (a: string, b: string) => a + cap(b);

interface Gen {
  r: () => number;
  pick<T>(xs: readonly T[]): T;
}

/** Lines of a Django module: models, serializers, views, forms and tests all say "model" a lot. */
function pythonFile(g: Gen, kind: string, target: number, ref: string | undefined): string {
  const out: string[] = [];
  const n = () => g.pick(NOUNS);
  if (kind === 'models')
    out.push('import uuid', 'from django.db import models', 'from django.conf import settings', '');
  else if (kind === 'serializers')
    out.push('from rest_framework import serializers', `from .models import ${cap(n())}, ${cap(n())}`, '');
  else if (kind === 'views')
    out.push(
      'from django.shortcuts import get_object_or_404',
      'from rest_framework import viewsets, status',
      'from rest_framework.response import Response',
      `from .models import ${cap(n())}`,
      `from .serializers import ${cap(n())}Serializer`,
      '',
    );
  else if (kind === 'forms') out.push('from django import forms', `from .models import ${cap(n())}`, '');
  else if (kind === 'test')
    out.push('import pytest', 'from django.test import TestCase', `from ..models import ${cap(n())}`, '');
  else
    out.push(
      'import logging',
      'from typing import Any, Optional',
      `from src.models.${n()} import ${cap(n())}Model`,
      '',
      'logger = logging.getLogger(__name__)',
      '',
    );
  let refDone = ref === undefined;
  const refAt = Math.floor(g.r() * 0.8 * target);
  let size = out.join('\n').length;
  while (size < target) {
    const block: string[] = [];
    const a = n();
    const b = n();
    if (!refDone && size >= refAt) {
      refDone = true;
      const x = g.r();
      if (x < 0.4)
        block.push(
          'from transformers import AutoModelForSequenceClassification, AutoTokenizer',
          '',
          `MODEL_NAME = "${ref}"`,
          '',
          `def load_${a}_model():`,
          '    tokenizer = AutoTokenizer.from_pretrained(MODEL_NAME)',
          '    model = AutoModelForSequenceClassification.from_pretrained(MODEL_NAME)',
          '    return tokenizer, model',
          '',
        );
      else if (x < 0.7)
        block.push(
          'from transformers import pipeline',
          '',
          `${a}_classifier = pipeline("text-classification", model="${ref}")`,
          '',
        );
      else
        block.push(
          'from sentence_transformers import SentenceTransformer',
          '',
          `embedder = SentenceTransformer("${ref}")`,
          '',
        );
    } else if (kind === 'models') {
      block.push(`class ${cap(a)}${cap(b)}(models.Model):`);
      for (let i = 0, k = 2 + Math.floor(g.r() * 6); i < k; i++)
        block.push(
          `    ${g.pick(NOUNS)}_${g.pick(['id', 'name', 'at', 'count', 'status'])} = models.${g.pick(FIELDS)}`,
        );
      block.push(
        `    ${b} = models.ForeignKey("${cap(b)}", on_delete=models.CASCADE, related_name="${a}s")`,
        '',
        '    class Meta:',
        `        ordering = ["-created_at"]`,
        `        verbose_name = "${a} ${b}"`,
        '',
        '    def __str__(self):',
        `        return f"{self.${a}_name} ({self.pk})"`,
        '',
      );
    } else if (kind === 'serializers' || kind === 'forms') {
      const base = kind === 'forms' ? 'forms.ModelForm' : 'serializers.ModelSerializer';
      block.push(
        `class ${cap(a)}${kind === 'forms' ? 'Form' : 'Serializer'}(${base}):`,
        '    class Meta:',
        `        model = ${cap(a)}`,
        `        fields = ["id", "${b}", "${g.pick(NOUNS)}_name", "created_at"]`,
        `        read_only_fields = ["id"]`,
        '',
      );
      if (g.r() < 0.5)
        block.push(
          `    def validate_${b}(self, value):`,
          '        if not value:',
          `            raise serializers.ValidationError("${b} is required")`,
          '        return value',
          '',
        );
    } else if (kind === 'views') {
      block.push(
        `class ${cap(a)}ViewSet(viewsets.ModelViewSet):`,
        `    queryset = ${cap(a)}.objects.select_related("${b}").all()`,
        `    serializer_class = ${cap(a)}Serializer`,
        '',
        `    def ${g.pick(VERBS)}_${b}(self, request, pk=None):`,
        `        model = self.get_object()`,
        `        model.${b}_count = model.${b}_set.count()`,
        '        model.save(update_fields=["updated_at"])',
        '        return Response(self.get_serializer(model).data, status=status.HTTP_200_OK)',
        '',
      );
    } else if (kind === 'test') {
      block.push(
        `class Test${cap(a)}${cap(b)}(TestCase):`,
        '    def setUp(self):',
        `        self.model = ${cap(a)}.objects.create(${b}_name="x")`,
        '',
        `    def test_${g.pick(VERBS)}_${b}(self):`,
        `        self.assertEqual(self.model.${b}_name, "x")`,
        `        self.assertIsNotNone(self.model.pk)`,
        '',
      );
    } else {
      block.push(
        `def ${g.pick(VERBS)}_${a}(${b}: ${cap(b)}Model, *, strict: bool = False) -> Optional[dict[str, Any]]:`,
        `    """${cap(g.pick(VERBS))} the ${a} of a ${b}."""`,
        `    model = ${b}.to_dict()`,
        `    if strict and not model.get("${a}_id"):`,
        `        logger.warning("missing ${a} for %s", ${b}.pk)`,
        '        return None',
        `    return {k: v for k, v in model.items() if k.startswith("${a}")}`,
        '',
      );
    }
    for (const l of block) {
      out.push(l);
      size += l.length + 1;
    }
  }
  return out.join('\n') + '\n';
}

function typescriptFile(g: Gen, target: number, ref: string | undefined): string {
  const n = () => g.pick(NOUNS);
  const a0 = n();
  const out = [
    `import { ${cap(a0)}Model } from '../models/${a0}.model';`,
    `import type { ${cap(n())}Dto } from '../dto/${n()}.dto';`,
    `import { HttpClient } from '../http/client';`,
    '',
  ];
  let size = out.join('\n').length;
  let refDone = ref === undefined;
  const refAt = Math.floor(g.r() * 0.8 * target);
  while (size < target) {
    const a = n();
    const b = n();
    const block: string[] = [];
    if (!refDone && size >= refAt) {
      refDone = true;
      block.push(
        `import { pipeline } from '@huggingface/transformers';`,
        '',
        `const extractor = await pipeline('feature-extraction', '${ref}');`,
        '',
      );
    } else if (g.r() < 0.5) {
      block.push(
        `export class ${cap(a)}${cap(b)}ViewModel {`,
        `  private readonly model: ${cap(a)}Model;`,
        '',
        `  constructor(model: ${cap(a)}Model, private readonly http: HttpClient) {`,
        '    this.model = model;',
        '  }',
        '',
        `  async ${camel(g.pick(VERBS), b)}(id: string): Promise<${cap(b)}Dto | undefined> {`,
        `    const res = await this.http.get(\`/api/${a}s/\${id}/${b}\`);`,
        `    if (!res.ok) throw new Error(\`cannot ${g.pick(VERBS)} ${b} \${id}: \${res.status}\`);`,
        `    return { ...(await res.json()), ${a}Id: this.model.id };`,
        '  }',
        '}',
        '',
      );
    } else {
      block.push(
        `export function ${camel(g.pick(VERBS), a)}(model: ${cap(a)}Model, opts: { ${b}?: number } = {}): ${cap(a)}Model {`,
        `  const ${b} = opts.${b} ?? model.${b}Count ?? 0;`,
        `  return { ...model, ${b}Count: ${b} + 1, updatedAt: new Date().toISOString() };`,
        '}',
        '',
      );
    }
    for (const l of block) {
      out.push(l);
      size += l.length + 1;
    }
  }
  return out.join('\n') + '\n';
}

function markdownFile(g: Gen, target: number, ref: string | undefined): string {
  const n = () => g.pick(NOUNS);
  const out = [`# ${cap(n())} ${n()}s`, ''];
  let size = out.join('\n').length;
  let refDone = ref === undefined;
  while (size < target) {
    const a = n();
    const b = n();
    const block: string[] = [];
    if (!refDone && ref && g.r() < 0.3) {
      refDone = true;
      block.push(
        `The ${a} ranking uses [${ref.split('/')[1]}](https://huggingface.co/${ref}); see the model card for its license.`,
        '',
      );
    } else if (g.r() < 0.3) {
      block.push(
        `## The ${a} model`,
        '',
        `Each \`${cap(a)}\` belongs to one \`${cap(b)}\`. The data model is in \`src/models/${a}.py\`:`,
        '',
        '```python',
        `class ${cap(a)}(models.Model):`,
        `    ${b} = models.ForeignKey(${cap(b)}, on_delete=models.CASCADE)`,
        '```',
        '',
      );
    } else {
      block.push(
        `When a ${a} is ${g.pick(VERBS)}d, the ${b} model is updated and a \`${a}.${g.pick(VERBS)}d\` event is sent to every ${n()} that follows it. Run \`make ${g.pick(VERBS)}-${a}\` to rebuild the ${b} index.`,
        '',
      );
    }
    for (const l of block) {
      out.push(l);
      size += l.length + 1;
    }
  }
  return out.join('\n') + '\n';
}

/** A file size drawn from a long-tailed distribution (most files small, a few large), mean about 4 KB. */
function fileSize(g: Gen): number {
  const u = g.r();
  return Math.min(60_000, Math.floor(600 + 2500 * Math.pow(-Math.log(1 - u * 0.999), 1.3)));
}

export interface Tree {
  /** Relative paths of the files, in writing order. */
  files: string[];
  /** Number of files holding a model reference. */
  references: number;
  bytes: number;
}

/**
 * Writes the benchmark tree into `dir`: `python` Django-style Python files (models, serializers, views, forms,
 * tests, `src/models/` modules), `typescript` TypeScript files and `markdown` Markdown files, with a model
 * reference in about one file in `refEvery`. Seeded: every call writes the same tree.
 */
export async function writeTree(
  dir: string,
  { python = 12_000, typescript = 6_000, markdown = 2_000, refEvery = 60, seed = 14 } = {},
): Promise<Tree> {
  const r = seededRandom(seed);
  const g: Gen = { r, pick: (xs) => xs[Math.floor(r() * xs.length)] };
  const total = python + typescript + markdown;
  const kinds: Array<'py' | 'ts' | 'md'> = [];
  for (let i = 0; i < python; i++) kinds.push('py');
  for (let i = 0; i < typescript; i++) kinds.push('ts');
  for (let i = 0; i < markdown; i++) kinds.push('md');
  // shuffle, so that references and languages spread over the tree
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [kinds[i], kinds[j]] = [kinds[j], kinds[i]];
  }
  const files: Array<[string, string]> = [];
  const used = new Set<string>();
  let references = 0;
  let bytes = 0;
  const PY_KINDS = ['models', 'serializers', 'views', 'forms', 'test', 'lib'];
  for (let i = 0; i < total; i++) {
    const ref = r() < 1 / refEvery ? MODEL_IDS[references % MODEL_IDS.length] : undefined;
    const app = `${g.pick(NOUNS)}s`;
    let path: string;
    let text: string;
    if (kinds[i] === 'py') {
      const kind = g.pick(PY_KINDS);
      const pkg = `backend/apps/${app}${Math.floor(r() * 5)}`;
      path =
        kind === 'test'
          ? `${pkg}/tests/test_${g.pick(NOUNS)}_${i}.py`
          : kind === 'lib'
            ? `backend/src/models/${g.pick(NOUNS)}/${g.pick(NOUNS)}_${i}.py`
            : `${pkg}/${kind}/${g.pick(NOUNS)}_${i}.py`;
      text = pythonFile(g, kind, fileSize(g), ref);
    } else if (kinds[i] === 'ts') {
      path = `frontend/src/${g.pick(['components', 'services', 'models', 'stores', 'views'])}/${app}${Math.floor(r() * 3)}/${g.pick(NOUNS)}-${i}.ts`;
      text = typescriptFile(g, fileSize(g), ref);
    } else {
      path = `docs/${g.pick(['guide', 'reference', 'adr', 'api'])}/${app}/${g.pick(NOUNS)}-${i}.md`;
      text = markdownFile(g, Math.floor(fileSize(g) / 2), ref);
    }
    if (used.has(path)) continue;
    used.add(path);
    if (ref) references++;
    bytes += text.length;
    files.push([path, text]);
  }
  files.push(['.gitignore', 'node_modules/\n__pycache__/\n*.pyc\n.env\n/dist/\n']);
  files.push([
    'models.yaml',
    `models:\n${MODEL_IDS.slice(0, 6)
      .map((id) => `  - id: ${id}\n`)
      .join('')}`,
  ]);
  let next = 0;
  const dirs = new Set<string>();
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < files.length) {
        const [p, text] = files[next++];
        const d = dirname(join(dir, p));
        if (!dirs.has(d)) {
          await mkdir(d, { recursive: true });
          dirs.add(d);
        }
        await writeFile(join(dir, p), text);
      }
    }),
  );
  return { files: files.map(([p]) => p), references, bytes };
}

export function git(dir: string, args: string[], okCodes: number[] = [0]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', ['-C', dir, ...args], { maxBuffer: 512 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? ((err as { code?: unknown }).code as number) : 0;
      if (err && !okCodes.includes(code)) reject(new Error(`git ${args.join(' ')}: ${stderr || err.message}`));
      else resolve(stdout);
    });
  });
}

/** Commits the tree, then a pull request: `changed` files edited (one of them gains a model reference), on a second commit. */
export async function commitTreeAndChange(dir: string, tree: Tree, changed = 10): Promise<string[]> {
  const env = ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', '-c', 'commit.gpgsign=false'];
  await git(dir, ['init', '-q', '-b', 'main']);
  await git(dir, ['add', '-A']);
  await git(dir, [...env, 'commit', '-q', '-m', 'base']);
  const picked: string[] = [];
  const step = Math.floor(tree.files.length / changed);
  for (let i = 0; i < changed; i++) picked.push(tree.files[i * step + 1]);
  for (const [i, p] of picked.entries()) {
    const line = p.endsWith('.py')
      ? i === 0
        ? '\nfrom transformers import AutoModel\n\nencoder = AutoModel.from_pretrained("google-bert/bert-base-uncased")\n'
        : '\n\ndef pr_helper(model):\n    return model\n'
      : p.endsWith('.ts')
        ? '\nexport const prFlag = true;\n'
        : '\nA line the pull request adds.\n';
    await appendFile(join(dir, p), line);
  }
  await git(dir, ['add', '-A']);
  await git(dir, [...env, 'commit', '-q', '-m', 'change']);
  return picked;
}
