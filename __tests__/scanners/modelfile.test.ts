import { describe, expect, it } from '@jest/globals';
import { modelfile } from '../../src/scanners/modelfile/index.js';
import { scanWith } from './helpers.js';

const scan = scanWith(modelfile, 'ollama/Modelfile');

describe('modelfile scanner', () => {
  it('maps FROM to Ollama names, Hub repos and local files', () => {
    expect(scan(`FROM Llama3.2:3B\nPARAMETER temperature 0.7\n`)).toEqual(['1:6 ollama ollama:llama3.2:3b']);
    expect(scan(`FROM mistral`)).toEqual(['1:6 ollama ollama:mistral']);
    expect(scan(`from hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M`)).toEqual([
      '1:6 hub bartowski/Llama-3.2-1B-Instruct-GGUF',
    ]);
    expect(scan(`FROM https://huggingface.co/TheBloke/Mistral-7B-v0.1-GGUF`)).toEqual([
      '1:6 hub TheBloke/Mistral-7B-v0.1-GGUF',
    ]);
    expect(scan(`FROM ./models/llama-3-8b.Q4_K_M.gguf`)).toEqual(['1:6 local-file ./models/llama-3-8b.Q4_K_M.gguf']);
    expect(scan(`FROM models/x.gguf`)).toEqual(['1:6 local-file models/x.gguf']);
    expect(scan(`FROM /mnt/weights/merged`)).toEqual(['1:6 local-file /mnt/weights/merged']);
    expect(scan(`FROM "C:\\\\models\\\\m.gguf"`)).toEqual(['1:7 local-file C:\\\\models\\\\m.gguf']);
  });

  it('reads ADAPTER and ignores triple-quoted templates and comments', () => {
    expect(
      scan(`
        # FROM commented/out
        FROM llama3.1:8b
        ADAPTER ./lora-adapter.gguf
        TEMPLATE """
        FROM {{ .System }}
        """
        SYSTEM You are FROM nowhere.
      `),
    ).toEqual(['2:6 ollama ollama:llama3.1:8b', '3:9 local-file ./lora-adapter.gguf']);
  });

  it('honours # model-gate: ignore', () => {
    expect(scan(`# model-gate: ignore\nFROM llama3\n`)).toEqual([]);
  });
});
