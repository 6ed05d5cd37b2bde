import { describe, expect, it } from '@jest/globals';
import { readHubAddress } from '../../src/core/hub-hosts.js';
import { normalizeModelId } from '../../src/core/manifest.js';
import { normaliseModelInfo } from '../../src/hub/parse.js';
import { hubIdFromHostPath } from '../../src/scanners/common/ids.js';

describe('readHubAddress: the one reader of Hub addresses in values', () => {
  it('reads the repository and where its part of the address ends', () => {
    const v = 'https://huggingface.co/Qwen/Qwen2.5-7B-Instruct/resolve/main/config.json';
    expect(readHubAddress(v)).toEqual({ namespace: 'Qwen', name: 'Qwen2.5-7B-Instruct', end: v.indexOf('/resolve') });
    expect(readHubAddress('hf.co/bartowski/x-GGUF:Q4_K_M')).toEqual({
      namespace: 'bartowski',
      name: 'x-GGUF',
      end: 22,
    });
    expect(readHubAddress('HF-MIRROR.com/org/name')?.namespace).toBe('org');
  });

  it('reads a repository without a namespace only before a route', () => {
    const v = 'huggingface.co/gpt2/resolve/main/config.json';
    expect(readHubAddress(v)).toEqual({ name: 'gpt2', end: v.indexOf('/resolve') });
    expect(readHubAddress('huggingface.co/org/resolve')).toEqual({ namespace: 'org', name: 'resolve', end: 26 });
    // a page of an organisation is no repository
    expect(readHubAddress('https://huggingface.co/meta-llama')).toBeUndefined();
  });

  it("refuses the Hub's other pages, whatever their case", () => {
    for (const v of [
      'https://huggingface.co/datasets/org/data',
      'https://huggingface.co/Spaces/org/app',
      'https://huggingface.co/posts/someone/123456',
      'https://huggingface.co/chat/conversation/abc',
      'https://huggingface.co/learn/nlp-course',
    ])
      expect(readHubAddress(v)).toBeUndefined();
    expect(readHubAddress('https://example.com/org/name')).toBeUndefined();
    expect(readHubAddress('see https://huggingface.co/org/name')).toBeUndefined();
  });

  it('gives the manifest, the scanners and model cards the same answers', () => {
    // The manifest used a shorter list of the Hub's other pages than the scanners: `posts/someone` was a Hub id there.
    const post = 'https://huggingface.co/posts/someone/123456';
    expect(normalizeModelId(post)).toEqual({ id: post, kind: 'url' });
    expect(hubIdFromHostPath(post)).toBeUndefined();
    const chat = 'https://huggingface.co/chat/models/x';
    expect(normalizeModelId(chat)).toEqual({ id: chat, kind: 'url' });
    expect(hubIdFromHostPath(chat)).toBeUndefined();
    // the same repository from all three
    const file = 'https://huggingface.co/acme/base-7b/resolve/main/model.safetensors';
    expect(normalizeModelId(file)).toEqual({ id: 'acme/base-7b', kind: 'hub' });
    expect(hubIdFromHostPath(file)).toBe('acme/base-7b');
  });

  it("reads a model card's base_model written as an address with a route after it", () => {
    const info = normaliseModelInfo(
      {
        id: 'acme/tuned',
        cardData: {
          license: 'apache-2.0',
          base_model: [
            'https://huggingface.co/acme/base-7b/tree/main',
            'huggingface.co/acme/other-7b',
            'https://huggingface.co/acme/third-7b/',
            'https://huggingface.co/gpt2',
            'acme/plain',
          ],
        },
      },
      'acme/tuned',
    );
    expect(info?.baseModels).toEqual(['acme/base-7b', 'acme/other-7b', 'acme/third-7b', 'gpt2', 'acme/plain']);
  });
});
