import { describe, expect, it } from '@jest/globals';
import { url } from '../../src/scanners/url/index.js';
import { scanWith } from './helpers.js';

const scan = scanWith(url, 'README.md');

describe('url scanner', () => {
  it('finds model addresses', () => {
    expect(
      scan(`
        We fine-tune [Llama 3.1](https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct).
        Weights: https://huggingface.co/TheBloke/Llama-2-7B-GGUF/resolve/main/llama-2-7b.Q4_K_M.gguf
        See hf.co/Qwen/Qwen2.5-7B-Instruct.
        Tree: https://huggingface.co/mistralai/Mistral-7B-v0.1/tree/26bca36bde8333b5d7f72e9ed20ccda6a618af24
        API: https://api-inference.huggingface.co/models/sentence-transformers/all-MiniLM-L6-v2
        Router: https://router.huggingface.co/hf-inference/models/BAAI/bge-m3
      `),
    ).toEqual([
      '1:26 hub meta-llama/Llama-3.1-8B-Instruct',
      '2:10 hub TheBloke/Llama-2-7B-GGUF@main',
      '3:5 hub Qwen/Qwen2.5-7B-Instruct',
      '4:7 hub mistralai/Mistral-7B-v0.1@26bca36bde8333b5d7f72e9ed20ccda6a618af24',
      '5:6 hub sentence-transformers/all-MiniLM-L6-v2',
      '6:9 hub BAAI/bge-m3',
    ]);
  });

  it('reads comments and page addresses in Go and Rust as mentions, file addresses as loads', () => {
    const go = scanWith(url, 'pkg/vram/hf_estimate.go');
    expect(
      go(`
        // ExtractHFRepoID handles "org/model" and "https://huggingface.co/acme/short-form".
        func ExtractHFRepoID(s string) (string, bool) {
            u := "https://huggingface.co/acme/weights/resolve/main/model.gguf" /* see https://hf.co/acme/notes */
            page := \`https://huggingface.co/acme/page-only\`
            return u + page, true
        }
      `),
    ).toEqual([
      '1:45 hub acme/short-form mention',
      '3:11 hub acme/weights@main',
      '3:79 hub acme/notes mention',
      '4:14 hub acme/page-only mention',
    ]);
    const rs = scanWith(url, 'src/main.rs');
    expect(
      rs(`
        /// Downloads https://huggingface.co/acme/rust-doc
        let url = "https://huggingface.co/acme/rust-weights/resolve/main/w.safetensors";
      `),
    ).toEqual(['1:15 hub acme/rust-doc mention', '2:12 hub acme/rust-weights@main']);
    // other languages keep today's reading: an address is a load
    const rb = scanWith(url, 'lib/models.rb');
    expect(rb('# https://huggingface.co/acme/ruby-comment\n')).toEqual(['1:3 hub acme/ruby-comment']);
  });

  it('reads the address of a repository card, license or notice as a mention (a link to its terms), its files as loads', () => {
    const py = scanWith(url, 'train/model_card.py');
    expect(
      py(`
        CARD = f"""
        Please adhere to the licensing terms as described [here](https://huggingface.co/acme/flux/blob/main/LICENSE.md).
        Terms: https://huggingface.co/acme/llm/resolve/main/USE_POLICY.md and https://hf.co/acme/llm/raw/main/LICENSE
        """
        NOTICE = "https://huggingface.co/acme/card/blob/v1/README.md"
        W = "https://huggingface.co/acme/weights/resolve/main/model.safetensors"
        M = "https://huggingface.co/acme/tok/resolve/main/merges.txt"
        D = "https://huggingface.co/acme/docs-dir/tree/main/README.md"
      `),
    ).toEqual([
      '2:58 hub acme/flux@main mention',
      '3:8 hub acme/llm@main mention',
      '3:71 hub acme/llm@main mention',
      '5:11 hub acme/card@v1 mention',
      '6:6 hub acme/weights@main',
      '7:6 hub acme/tok@main',
      '8:6 hub acme/docs-dir@main',
    ]);
  });

  it("reads a model page's address written as a link (an HTML anchor, a Markdown link) as a mention, in any file", () => {
    const json = scanWith(url, 'gpt4all-chat/metadata/models3.json');
    expect(
      json(`
        [{
          "description": "<ul><li>Based on <a href=\\"https://huggingface.co/Qwen/Qwen2.5-Coder-7B-Instruct\\">Qwen2.5-Coder</a></li><li>See [the card](https://huggingface.co/acme/card-link)</li></ul>",
          "url": "https://huggingface.co/Qwen/Qwen2.5-Coder-7B-Instruct-GGUF/resolve/main/qwen2.5-coder-7b-instruct-q4_0.gguf",
          "page": "https://huggingface.co/acme/plain-page"
        }]
      `),
    ).toEqual([
      '2:46 hub Qwen/Qwen2.5-Coder-7B-Instruct mention',
      '2:143 hub acme/card-link mention',
      '3:11 hub Qwen/Qwen2.5-Coder-7B-Instruct-GGUF@main',
      '4:12 hub acme/plain-page',
    ]);
  });

  it('reads the addresses in documentation constants of a Python modeling file as mentions', () => {
    const py = scanWith(url, 'models/idefics_config.py');
    expect(
      py(`
        IDEFICS_PRETRAINED_CONFIG_ARCHIVE_MAP = {
            "acme/idefics-9b": "https://huggingface.co/acme/idefics-9b/resolve/main/config.json",
        }
        WEIGHTS = "https://huggingface.co/acme/weights/resolve/main/model.safetensors"
      `),
    ).toEqual(['2:25 hub acme/idefics-9b@main mention', '4:12 hub acme/weights@main']);
  });

  it('does not report other Hub pages or other hosts', () => {
    expect(
      scan(`
        https://huggingface.co/datasets/tatsu-lab/alpaca
        https://huggingface.co/spaces/HuggingFaceH4/open_llm_leaderboard
        https://huggingface.co/docs/transformers/index
        https://huggingface.co/blog/llama31
        https://huggingface.co/papers/2407.21783
        https://huggingface.co/settings/tokens
        https://huggingface.co/meta-llama
        https://huggingface.co/collections/meta-llama/llama-31-669fc079a0c406a149a5738f
        https://github.com/huggingface/transformers
        https://cdn-lfs.huggingface.co/repos/ab/cd/file
        mail support@huggingface.co/team
        https://example.com/huggingface.co/org/name
        https://notahf.co/org/name
      `),
    ).toEqual([]);
  });
});
