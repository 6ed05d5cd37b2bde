import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../src/core/errors.js';
import { isPinnedRevision, kindOf, normalizeModelId, parseManifest } from '../../src/core/manifest.js';
import { seededRandom } from '../../src/core/random.js';

function errLines(text: string, path = 'models.yaml'): string[] {
  try {
    parseManifest(text, path);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as UserError).message.split('\n');
  }
  throw new Error('no error');
}

describe('parseManifest (models.yaml)', () => {
  it('reads entries with their lines', () => {
    const m = parseManifest(
      'models:\n  - id: meta-llama/Llama-3.1-8B-Instruct\n    revision: 0e9e39f249a16976918f6564b8830bc894c89659\n    license: llama3.1\n  - id: ollama:llama3.2:3b\n    purpose: local dev\n',
      'models.yaml',
    );
    expect(m.format).toBe('yaml');
    expect(m.entries).toEqual([
      {
        id: 'meta-llama/Llama-3.1-8B-Instruct',
        revision: '0e9e39f249a16976918f6564b8830bc894c89659',
        license: 'llama3.1',
        location: { path: 'models.yaml', line: 2, column: 5 },
      },
      { id: 'ollama:llama3.2:3b', purpose: 'local dev', location: { path: 'models.yaml', line: 5, column: 5 } },
    ]);
  });

  it('keeps an all-digit revision as written, not as a number', () => {
    const m = parseManifest(
      'models:\n  - id: a/b\n    revision: 1111111111111111111111111111111111111111\n  - id: c/d\n    revision: 0e5\n',
      'models.yaml',
    );
    expect(m.entries.map((e) => e.revision)).toEqual(['1111111111111111111111111111111111111111', '0e5']);
  });

  it('rejects ids and licenses that YAML reads as numbers, and an empty id, at the value or key', () => {
    expect(errLines('models:\n  - id: 42\n    license: 2.0\n  - id:\n')).toEqual([
      'models.yaml:2:9: /models/0/id must be string, not number 42',
      'models.yaml:3:14: /models/0/license must be string, not number 2',
      'models.yaml:4:5: /models/1/id must be string, not null',
    ]);
  });

  it('accepts an empty model list', () => {
    expect(parseManifest('models: []\n', 'models.yaml').entries).toEqual([]);
  });

  it('reports unknown keys, wrong types and missing ids at their lines', () => {
    const lines = errLines('models:\n  - id: a/b\n    licence: mit\n  - revision: true\n  - id: [x]\n');
    expect(lines).toEqual([
      'models.yaml:3:5: unknown key "licence" in /models/0; did you mean "license"?',
      'models.yaml:4:5: /models/1 is missing the required key "id"',
      'models.yaml:4:15: /models/1/revision must be string, not boolean true',
      'models.yaml:5:9: /models/2/id must be string, not a list',
    ]);
  });

  it('rejects a top level that is not a mapping with models', () => {
    expect(errLines('- a/b\n')[0]).toMatch(/^models\.yaml:1:1: \/ must be object/);
    expect(errLines('model:\n  - id: a/b\n')).toEqual([
      'models.yaml:1:1: / is missing the required key "models"',
      'models.yaml:1:1: unknown key "model" in /; did you mean "models"?',
    ]);
  });

  it('rejects a model declared twice, case-insensitively', () => {
    expect(errLines('models:\n  - id: Org/Model\n  - id: org/model\n')).toEqual([
      'models.yaml:3:5: model "org/model" is declared twice (first at line 2); keep one entry',
    ]);
  });
});

it('reads anchors, merge keys and x- extension keys as developers write them', () => {
  const m = parseManifest(
    [
      '# the models of the ranking service',
      'x-internal: &internal',
      '  license: apache-2.0',
      '  purpose: ranking',
      'models:',
      '  - id: acme/internal-ranker',
      '    <<: *internal',
      '    revision: 0e9e39f249a16976918f6564b8830bc894c89659',
      '  - id: acme/internal-tagger',
      '    <<: *internal',
      '    license: mit # an entry overrides what it merges',
      '',
    ].join('\n'),
    'models.yaml',
  );
  expect(m.entries).toEqual([
    {
      id: 'acme/internal-ranker',
      license: 'apache-2.0',
      purpose: 'ranking',
      revision: '0e9e39f249a16976918f6564b8830bc894c89659',
      location: { path: 'models.yaml', line: 6, column: 5 },
    },
    {
      id: 'acme/internal-tagger',
      license: 'mit',
      purpose: 'ranking',
      location: { path: 'models.yaml', line: 9, column: 5 },
    },
  ]);
  // a merged key is checked like a written one, at the entry that merges it
  expect(errLines('x-base: &b\n  licence: mit\nmodels:\n  - id: a/b\n    <<: *b\n')).toEqual([
    'models.yaml:4:5: unknown key "licence" in /models/0; did you mean "license"?',
  ]);
  // only x- keys are extensions: any other unknown top-level key is still an error
  expect(errLines('defaults: &d\n  license: mit\nmodels: []\n')).toEqual([
    'models.yaml:1:1: unknown key "defaults" in /; allowed keys: $schema, models',
  ]);
});

describe('parseManifest (CycloneDX)', () => {
  const bom = JSON.stringify(
    {
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      components: [
        { type: 'library', name: 'torch', version: '2.4.0' },
        {
          type: 'machine-learning-model',
          'bom-ref': 'm1',
          group: 'meta-llama',
          name: 'Llama-3.1-8B-Instruct',
          purl: 'pkg:huggingface/meta-llama/Llama-3.1-8B-Instruct@0e9e39f249a16976918f6564b8830bc894c89659',
          licenses: [{ license: { name: 'llama3.1' } }],
        },
        {
          type: 'machine-learning-model',
          name: 'acme-model',
          group: 'acme',
          licenses: [{ expression: 'Apache-2.0' }],
          pedigree: {
            ancestors: [{ type: 'machine-learning-model', name: 'bert-base-uncased', group: 'google-bert' }],
          },
        },
      ],
    },
    null,
    2,
  );
  it('reads machine-learning-model components with their lines', () => {
    const m = parseManifest(bom, 'bom.json');
    expect(m.format).toBe('cyclonedx');
    expect(m.entries.map((e) => [e.id, e.revision, e.license, e.base_model, e.location.line])).toEqual([
      ['meta-llama/Llama-3.1-8B-Instruct', '0e9e39f249a16976918f6564b8830bc894c89659', 'llama3.1', undefined, 10],
      ['acme/acme-model', undefined, 'Apache-2.0', 'google-bert/bert-base-uncased', 24],
    ]);
  });
  it('rejects a model component without a name', () => {
    const bad = '{"bomFormat": "CycloneDX", "components": [\n {"type": "machine-learning-model"}\n]}';
    expect(errLines(bad, 'bom.json')).toEqual([
      'bom.json:2:2: /components/0: a machine-learning-model component needs a "name" (or a pkg:huggingface purl)',
    ]);
  });
  it('reports a malformed purl at its line, not as an internal error', () => {
    const bad =
      '{"bomFormat": "CycloneDX", "components": [\n {"type": "machine-learning-model",\n  "purl": "pkg:huggingface/acme/x%zz@main"},\n {"type": "machine-learning-model", "name": "a/b",\n  "pedigree": {"ancestors": [{"purl": "pkg:huggingface/acme/base@%E0%A4%A"}]}}\n]}';
    expect(errLines(bad, 'bom.json')).toEqual([
      'bom.json:3:11: malformed purl "pkg:huggingface/acme/x%zz@main": "%" must start a percent-encoded byte (%XX); write pkg:huggingface/OWNER/NAME@REVISION',
      'bom.json:5:39: malformed purl "pkg:huggingface/acme/base@%E0%A4%A": "%" must start a percent-encoded byte (%XX); write pkg:huggingface/OWNER/NAME@REVISION',
    ]);
  });
});

describe('helpers', () => {
  it('normalizeModelId maps Hugging Face addresses to repository ids', () => {
    expect(normalizeModelId('https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct')).toEqual({
      id: 'meta-llama/Llama-3.1-8B-Instruct',
      kind: 'hub',
    });
    expect(
      normalizeModelId('https://huggingface.co/TheBloke/Llama-2-7B-Chat-GGUF/resolve/main/llama-2-7b-chat.Q4_K_M.gguf'),
    ).toEqual({ id: 'TheBloke/Llama-2-7B-Chat-GGUF', kind: 'hub' });
    expect(normalizeModelId('hf.co/bartowski/Llama-3.2-3B-Instruct-GGUF:Q4_K_M')).toEqual({
      id: 'bartowski/Llama-3.2-3B-Instruct-GGUF',
      kind: 'hub',
    });
    expect(normalizeModelId('https://huggingface.co/datasets/org/data')).toEqual({
      id: 'https://huggingface.co/datasets/org/data',
      kind: 'url',
    });
    // hf-mirror.com mirrors the Hub address for address
    expect(normalizeModelId('https://hf-mirror.com/Qwen/Qwen2.5-7B-Instruct')).toEqual({
      id: 'Qwen/Qwen2.5-7B-Instruct',
      kind: 'hub',
    });
    // a repository of the Hub's first years, without a namespace: `gpt2`, not `gpt2/resolve`
    expect(normalizeModelId('https://huggingface.co/gpt2/resolve/main/config.json')).toEqual({
      id: 'gpt2',
      kind: 'hub',
    });
    expect(normalizeModelId('huggingface.co/t5-small/tree/main')).toEqual({ id: 't5-small', kind: 'hub' });
    expect(normalizeModelId('https://huggingface.co/org/resolve')).toEqual({ id: 'org/resolve', kind: 'hub' });
    // ModelScope's own namespaces publish there, not on the Hub
    expect(normalizeModelId('iic/SenseVoiceSmall')).toEqual({
      id: 'https://modelscope.cn/models/iic/SenseVoiceSmall',
      kind: 'url',
    });
    expect(normalizeModelId('OLLAMA:Llama3.1:8B')).toEqual({ id: 'ollama:llama3.1:8b', kind: 'ollama' });
    expect(normalizeModelId('https://example.com/m.gguf')).toEqual({ id: 'https://example.com/m.gguf', kind: 'url' });
  });

  it('kindOf and isPinnedRevision', () => {
    expect(kindOf('ollama:llama3.1:8b')).toBe('ollama');
    expect(kindOf('https://example.com/m.gguf')).toBe('url');
    expect(kindOf('org/name')).toBe('hub');
    expect(isPinnedRevision('0e9e39f249a16976918f6564b8830bc894c89659')).toBe(true);
    expect(isPinnedRevision('main')).toBe(false);
    expect(isPinnedRevision(undefined)).toBe(false);
  });
});

describe('normalizeModelId', () => {
  /** The function before its fast path for plain `owner/name` ids. */
  function straightforward(raw: string): { id: string; kind: string } {
    const id = raw.trim();
    if (/^ollama:/i.test(id)) return { id: id.toLowerCase(), kind: 'ollama' };
    const hub = /^(?:https?:\/\/)?(?:www\.)?(?:huggingface\.co|hf\.co)\/([\w.-]+\/[\w.-]+)(?:[/?#:].*)?$/i.exec(id);
    if (
      hub &&
      !/^(?:datasets|spaces|docs|blog|papers|models|organizations|settings|api|collections|learn|tasks)$/i.test(
        hub[1].split('/')[0],
      )
    )
      return { id: hub[1], kind: 'hub' };
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(id)) return { id, kind: 'url' };
    if (
      /^(?:\.{1,2}\/|\/|~\/|[A-Za-z]:[\\/])/.test(id) ||
      /\.(?:gguf|ggml|safetensors|bin|pt|pth|ckpt|onnx)$/i.test(id)
    )
      return { id, kind: 'local-file' };
    return { id, kind: 'hub' };
  }

  it('gives what the full tests give, on the common shape and around it', () => {
    const random = seededRandom(1414);
    const parts = [
      'acme',
      'Llama-3.1-8B',
      'hf.co',
      'huggingface.co',
      'www',
      'ollama',
      'C',
      'model.gguf',
      'x.BIN',
      '.',
      '..',
      '~',
      'datasets',
      'a_b',
      '7b',
    ];
    const seps = ['/', '/', '/', ':', '://', '-', '.', ' ', '\\', '\n', ''];
    const cases = [
      'meta-llama/Llama-3.1-8B-Instruct',
      'acme/model.safetensors',
      'hf.co/acme/x',
      ' acme/x ',
      'C:/w',
      '_a/b',
      'a/b/c',
    ];
    for (let i = 0; i < 20_000; i++) {
      let s = '';
      const n = 1 + Math.floor(random() * 4);
      for (let j = 0; j < n; j++) {
        if (j || random() < 0.2) s += seps[Math.floor(random() * seps.length)];
        s += parts[Math.floor(random() * parts.length)];
      }
      cases.push(s);
    }
    const wrong = cases.filter((raw) => JSON.stringify(normalizeModelId(raw)) !== JSON.stringify(straightforward(raw)));
    expect(wrong).toEqual([]);
  });
});
