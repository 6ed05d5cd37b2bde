import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanRepository } from '../../src/discover/scan.js';
import { javascript } from '../../src/scanners/index.js';
import { modelListService } from '../../src/scanners/common/hosted.js';
import { ctx, dedent, scanWith } from './helpers.js';

const scan = scanWith(javascript, 'src/llms/local/catalog.ts');

describe("a table of Ollama's library keyed by model name", () => {
  // a chat front-end's list of the Ollama library, to offer in a picker: its keys are the library's names, each
  // entry describes one (downloads, sizes as tags, the day it was added)
  const LIBRARY = `
    export const OLLAMA_LIBRARY_MODELS: Record<string, { downloads: number; tags?: string[]; since?: string }> = {
      'phi4-mini': { downloads: 52000, tags: ['tools', '3.8b'], since: '20250301' },
      'granite3.3': { downloads: 81000, tags: ['2b', '8b'], vision: false, since: '20250416' },
    };
  `;

  it('reads no tag list nor date of an entry as a model', () => {
    expect(scan(LIBRARY)).toEqual([]);
  });

  it("still reads an entry's model field and a role table's values", () => {
    const ROLES = `
      const OLLAMA_DEFAULT_MODELS = {
        chat: 'qwen2.5:7b',
        embed: { model: 'nomic-embed-text', tags: ['v1.5'] },
      };
    `;
    expect(scan(ROLES)).toEqual(['2:10 ollama ollama:qwen2.5:7b', '3:20 ollama ollama:nomic-embed-text']);
  });
});

describe("a file named for a hosted service's model list", () => {
  // a vendor folder of a chat app: one `<vendor>.models.ts` per API, importing only the app's own types
  const GROQ = `
    import type { ModelDescription } from '../../llm.types';

    const _knownGroqModels: ModelDescription[] = [
      {
        idPrefix: 'openai/gpt-oss-120b',
        label: 'GPT OSS 120B',
        contextWindow: 131072,
      },
      {
        idPrefix: 'meta-llama/llama-4-scout-17b-16e-instruct',
        label: 'Llama 4 Scout',
      },
    ];
  `;

  it("reports the ids as the service's models, not Hub weights", () => {
    const out = scan(GROQ, 'src/llms/server/models/groq.models.ts');
    expect(out).toEqual([
      '5:16 hosted(groq) openai/gpt-oss-120b',
      '10:16 hosted(groq) meta-llama/llama-4-scout-17b-16e-instruct',
    ]);
  });

  it('names the service by the first part of the file name only for a model list of a hosted service', () => {
    expect(modelListService('src/models/nvidianim.models.ts')).toBe('hosted:nvidia-nim');
    expect(modelListService('lib/together-models.js')).toBe('hosted:together');
    expect(modelListService('src/models/ollama.models.ts')).toBeUndefined();
    expect(modelListService('src/models/groq.ts')).toBeUndefined();
    expect(modelListService('src/models/local.models.ts')).toBeUndefined();
  });
});

describe('a record whose vendor field names the service', () => {
  it("reads the record's model as that service's", () => {
    const PICKS = `
      export const defaultPicks = [
        { vendor: 'nvidianim', modelId: 'nvidia/llama-3.1-nemotron-70b-instruct' },
        { vendor: 'groq', modelId: 'meta-llama/llama-4-maverick-17b-128e-instruct' },
      ];
    `;
    expect(scan(PICKS, 'src/common/llms/defaults.ts')).toEqual([
      '2:36 hosted(nvidia-nim) nvidia/llama-3.1-nemotron-70b-instruct',
      '3:31 hosted(groq) meta-llama/llama-4-maverick-17b-128e-instruct',
    ]);
  });
});

describe("an API client's root address", () => {
  it("sends the client's default model to the service API_ROOT names", () => {
    const CLIENT = `
      import { BaseEmbedding } from "@llamaindex/core/embeddings";

      const DEFAULT_MODEL = "sentence-transformers/clip-ViT-B-32";
      const API_ROOT = "https://api.deepinfra.com/v1/inference";

      export class DeepInfraEmbedding extends BaseEmbedding {
        model = DEFAULT_MODEL;
        async embed(texts: string[]) {
          return fetch(\`\${API_ROOT}/\${this.model}\`, { method: "POST", body: JSON.stringify({ inputs: texts }) });
        }
      }
    `;
    expect(scan(CLIENT, 'packages/providers/deepinfra/src/embedding.ts')).toEqual([
      '3:24 hosted(deepinfra) sentence-transformers/clip-ViT-B-32',
    ]);
  });
});

describe('a list of name patterns an Ollama client matches a model against', () => {
  // a search app's Ollama client: models whose name contains one of these get the `think` option
  const CLIENT = `
    import { Ollama } from 'ollama';

    const thinkingModels = ['qwen3', 'deepseek-r1', 'magistral'];

    export class OllamaChat {
      constructor(private ollama: Ollama, private model: string) {}
      async chat(messages: { role: string; content: string }[]) {
        const think = thinkingModels.find((p) => this.model.includes(p)) !== undefined;
        return this.ollama.chat({ model: this.model, messages, think });
      }
    }
  `;

  it('reads no pattern as a model', () => {
    expect(scan(CLIENT, 'src/providers/ollama/chat.ts')).toEqual([]);
  });

  it('still reads a list whose elements the code passes on', () => {
    const PULL = `
      import { Ollama } from 'ollama';

      const requiredModels = ['qwen3', 'nomic-embed-text'];
      const ollama = new Ollama();
      await Promise.all(requiredModels.filter((m) => !installed.includes(m)).map((m) => ollama.pull({ model: m })));
    `;
    expect(scan(PULL, 'scripts/setup-ollama.ts')).toEqual([
      '3:26 ollama ollama:qwen3',
      '3:35 ollama ollama:nomic-embed-text',
    ]);
  });
});

describe("a record's display name beside its Hub id", () => {
  const roots: string[] = [];
  afterAll(() => {
    for (const r of roots) rmSync(r, { recursive: true, force: true });
  });

  it("reads the id only, not the name part as another publisher's model", async () => {
    const root = mkdtempSync(join(tmpdir(), 'mg-audit35-'));
    roots.push(root);
    mkdirSync(join(root, 'src/embeddings'), { recursive: true });
    writeFileSync(
      join(root, 'src/embeddings/local.ts'),
      dedent(`
        import { LocalEmbedding } from './localEmbedding';

        const localEmbeddingModels = [
          { name: 'all-MiniLM-L6-v2', key: 'Xenova/all-MiniLM-L6-v2' },
          { name: 'bge-small-en-v1.5', key: 'Xenova/bge-small-en-v1.5' },
        ];

        export function loadEmbeddingModel(key: string) {
          return new LocalEmbedding({ model: key });
        }
      `),
    );
    // (a catalog that knows the bare name, as the real one does: sentence-transformers/all-MiniLM-L6-v2)
    const known = { ...ctx, isKnownModel: (id: string) => id === 'all-MiniLM-L6-v2' || ctx.isKnownModel(id) };
    const { references } = await scanRepository(root, { paths: ['**'], ignore: [], ctx: known });
    expect(references.map((r) => `${r.line}:${r.column} ${r.kind} ${r.id}`)).toEqual([
      '4:37 hub Xenova/all-MiniLM-L6-v2',
      '5:38 hub Xenova/bge-small-en-v1.5',
    ]);
  });
});
