import { describe, expect, it } from '@jest/globals';
import { commandModel, commandWords, looksLikeCommand } from '../../src/scanners/common/commands.js';

describe('command lines that code runs', () => {
  it('finds the word that names the model: ollama pull|run, huggingface-cli|hf download, vllm serve', () => {
    expect(commandModel(['ollama', 'pull', 'llama3'])).toEqual({ index: 2, mode: 'ollama' });
    expect(commandModel(['/usr/local/bin/ollama', 'run', '--verbose', 'phi3', 'hi'])).toEqual({
      index: 3,
      mode: 'ollama',
    });
    expect(commandModel(['huggingface-cli', 'download', '--revision', 'v1', 'org/x', 'f.bin'])).toEqual({
      index: 4,
      mode: 'hub',
    });
    expect(commandModel(['hf', 'download', 'org/x', '--local-dir=/m'])).toEqual({ index: 2, mode: 'hub' });
    expect(commandModel(['vllm', 'serve', undefined, '--port', '8000'])).toEqual({ index: 2, mode: 'hub' });
    // torchtune and LitGPT (`subprocess.run(["tune", "download", repo, "--output-dir", out])`)
    expect(commandModel(['tune', 'download', '--hf-token', 't', 'meta-llama/x', '--output-dir', '/tmp/x'])).toEqual({
      index: 4,
      mode: 'hub',
    });
    expect(commandModel(['litgpt', 'finetune_lora', '--out_dir', 'out', 'microsoft/phi-2'])).toEqual({
      index: 4,
      mode: 'hub',
    });
    expect(commandModel(['tune', 'run', 'lora_finetune_single_device', '--config', 'x'])).toBeUndefined();
  });

  it('names no model for other commands, datasets and Spaces, or a command without its model', () => {
    for (const words of [
      ['ollama', 'list'],
      ['ollama', 'serve'],
      ['ollama', 'pull'],
      ['hf', 'upload', 'org/x'],
      ['hf', 'download', '--repo-type', 'dataset', 'org/data'],
      ['huggingface-cli', 'download', 'org/space', '--repo-type=space'],
      ['docker', 'pull', 'ollama/ollama'],
      [undefined, 'pull', 'x'],
    ])
      expect([words, commandModel(words)]).toEqual([words, undefined]);
  });

  it('reads a command string by its first two words, and splits it at spaces', () => {
    expect(looksLikeCommand('  ollama pull llama3')).toBe(true);
    expect(looksLikeCommand('hf download org/x')).toBe(true);
    expect(looksLikeCommand('Run ollama pull llama3 first')).toBe(false);
    expect(looksLikeCommand('ollama')).toBe(false);
    expect(commandWords(' hf  download\torg/x ')).toEqual({ words: ['hf', 'download', 'org/x'], starts: [1, 5, 14] });
  });
});
