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

  it('reads a file address of a legacy repository without a namespace as that repository, with its revision', () => {
    // older code and browser demos fetch files of the Hub's first repositories (gpt2, t5-small, bert-base-uncased)
    const js = scanWith(url, 'demo/utils.js');
    expect(
      js(`
        const MODEL_BASE = "https://huggingface.co/t5-small/resolve/main/";
        const VOCAB = 'https://huggingface.co/bert-base-uncased/resolve/0a6aa9128b6194f4f3c4db429b6cb4891cdb421b/vocab.txt';
        const tree = "https://hf.co/gpt2/tree/main";
        const card = "https://huggingface.co/gpt2/blob/main/README.md";
        const page = "https://huggingface.co/gpt2";
        const notARoute = "https://huggingface.co/gpt2/resolve";
      `),
    ).toEqual([
      '1:21 hub t5-small@main',
      '2:16 hub bert-base-uncased@0a6aa9128b6194f4f3c4db429b6cb4891cdb421b',
      '3:15 hub gpt2@main',
      '4:15 hub gpt2@main mention',
    ]);
  });

  it('reads hf-mirror.com, the public mirror of the Hub, as the Hub (download scripts and HF_ENDPOINT)', () => {
    const sh = scanWith(url, 'scripts/download_models.sh');
    expect(
      sh(`
        export HF_ENDPOINT=https://hf-mirror.com
        wget -c https://hf-mirror.com/Qwen/Qwen2.5-7B-Instruct-GGUF/resolve/main/qwen2.5-7b-instruct-q4_k_m.gguf -P models/
        curl -L -o sam.safetensors "https://hf-mirror.com/facebook/sam-vit-base/resolve/main/model.safetensors"
        wget https://www.hf-mirror.com/BAAI/bge-m3/resolve/main/pytorch_model.bin
      `),
    ).toEqual([
      '2:9 hub Qwen/Qwen2.5-7B-Instruct-GGUF@main',
      '3:29 hub facebook/sam-vit-base@main',
      '4:6 hub BAAI/bge-m3@main',
    ]);
    // a weight file on the mirror is the Hub repository's, never an address of unknown origin
    const py = scanWith(url, 'app/download.py');
    expect(
      py(`
        os.environ["HF_ENDPOINT"] = "https://hf-mirror.com"
        CKPT = "https://hf-mirror.com/stabilityai/sdxl-turbo/resolve/main/sd_xl_turbo_1.0_fp16.safetensors"
      `),
    ).toEqual(['2:9 hub stabilityai/sdxl-turbo@main']);
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

describe('url scanner: weight files downloaded by URL outside the Hub', () => {
  const WHISPER = 'https://openaipublic.azureedge.net/main/whisper/models';

  it("reads a Python table of checkpoints' addresses (Whisper's _MODELS) and the loaders' arguments", () => {
    const py = scanWith(url, 'whisper/__init__.py');
    expect(
      py(`
        _MODELS = {
            "tiny.en": "${WHISPER}/d3dd57d32accea0b295c96e26691aa14d8822fac7d9d27d5dc00b4ca2826dd03/tiny.en.pt",
            "base": "${WHISPER}/ed3a0b6b1c0edf879ad9b11b1af5a0e6ab5db9205f891f668f8b0e6c6326e34e/base.pt",
        }

        def load_detector():
            # the weights: https://github.com/acme-vision/detector/releases/download/v1.0/detector_r50.pth
            state = torch.hub.load_state_dict_from_url(
                "https://github.com/acme-vision/detector/releases/download/v1.0/detector_r50.pth", map_location="cpu"
            )
            urllib.request.urlretrieve("https://storage.googleapis.com/acme-research/blip/model_base.pth", "w.pth")
            return state
      `),
    ).toEqual([
      `2:17 url ${WHISPER}/d3dd57d32accea0b295c96e26691aa14d8822fac7d9d27d5dc00b4ca2826dd03/tiny.en.pt`,
      `3:14 url ${WHISPER}/ed3a0b6b1c0edf879ad9b11b1af5a0e6ab5db9205f891f668f8b0e6c6326e34e/base.pt`,
      '7:20 url https://github.com/acme-vision/detector/releases/download/v1.0/detector_r50.pth mention',
      '9:10 url https://github.com/acme-vision/detector/releases/download/v1.0/detector_r50.pth',
      '11:33 url https://storage.googleapis.com/acme-research/blip/model_base.pth',
    ]);
  });

  it('joins a base address set in a shell script to the file names built on it (SAM 2 download_ckpts.sh)', () => {
    const sh = scanWith(url, 'checkpoints/download_ckpts.sh');
    expect(
      sh(`
        # SAM2_BASE_URL="https://dl.fbaipublicfiles.com/segment_anything_2/072824"
        # sam2_hiera_t_url="\${SAM2_BASE_URL}/sam2_hiera_tiny.pt"
        SAM2p1_BASE_URL="https://dl.fbaipublicfiles.com/segment_anything_2/092824"
        sam2p1_hiera_t_url="\${SAM2p1_BASE_URL}/sam2.1_hiera_tiny.pt"
        sam2p1_hiera_l_url="$SAM2p1_BASE_URL/sam2.1_hiera_large.pt"
        $CMD $sam2p1_hiera_t_url || { echo "Failed to download checkpoint from $sam2p1_hiera_t_url"; exit 1; }
        # wget https://dl.fbaipublicfiles.com/segment_anything/sam_vit_b_01ec64.pth
        curl -L -o model.onnx "https://github.com/acme/yunet/raw/main/models/face_detection_yunet_2023mar.onnx?raw=true"
      `),
    ).toEqual([
      '4:21 url https://dl.fbaipublicfiles.com/segment_anything_2/092824/sam2.1_hiera_tiny.pt',
      '5:21 url https://dl.fbaipublicfiles.com/segment_anything_2/092824/sam2.1_hiera_large.pt',
      '7:8 url https://dl.fbaipublicfiles.com/segment_anything/sam_vit_b_01ec64.pth mention',
      '8:24 url https://github.com/acme/yunet/raw/main/models/face_detection_yunet_2023mar.onnx',
    ]);
    // an f-string on a base set in the module, as SAM 2's configs write it
    const py = scanWith(url, 'sam2_configs/config.py');
    expect(
      py(`
        BASE_URL = "https://dl.fbaipublicfiles.com/segment_anything_2/072824/"
        SAM2_MODELS = {"sam2_t": f"{BASE_URL}sam2_hiera_tiny.pt", "name": f"{BASE_URL}{name}.pt"}
      `),
    ).toEqual(['2:28 url https://dl.fbaipublicfiles.com/segment_anything_2/072824/sam2_hiera_tiny.pt']);
  });

  it('reads configuration values and JavaScript fetches; a link in a JSON description is a mention', () => {
    const yaml = scanWith(url, 'configs/caption_coco.yaml');
    expect(
      yaml(`
        image_root: '/export/share/datasets/vision/coco/images/'
        ckpt_url: 'https://storage.googleapis.com/acme-vl/BLIP/models/model_base_capfilt_large.pth'
        vit: 'base'
      `),
    ).toEqual(['2:12 url https://storage.googleapis.com/acme-vl/BLIP/models/model_base_capfilt_large.pth']);
    const js = scanWith(url, 'src/segment.ts');
    expect(
      js(`
        // the decoder: https://cdn.acme-models.net/sam/decoder_quantized.onnx
        const res = await fetch("https://cdn.acme-models.net/sam/encoder.onnx");
        const BASE = "https://cdn.acme-models.net/sam";
        const dec = await fetch(\`\${BASE}/decoder.onnx\`);
      `),
    ).toEqual([
      '1:17 url https://cdn.acme-models.net/sam/decoder_quantized.onnx mention',
      '2:26 url https://cdn.acme-models.net/sam/encoder.onnx',
      '4:26 url https://cdn.acme-models.net/sam/decoder.onnx',
    ]);
    const json = scanWith(url, 'metadata/models3.json');
    expect(
      json(`
        [{"url": "https://gpt4all.io/models/gguf/orca-2-7b.Q4_0.gguf",
          "description": "<a href=\\"https://gpt4all.io/models/gguf/other.Q4_0.gguf\\">mirror</a>"}]
      `),
    ).toEqual([
      '1:11 url https://gpt4all.io/models/gguf/orca-2-7b.Q4_0.gguf',
      '2:29 url https://gpt4all.io/models/gguf/other.Q4_0.gguf mention',
    ]);
  });

  it("reads a model's page in a YAML file's links and prose, or at a section of its card, as a mention", () => {
    // a model gallery's entries: `urls:` and `description:` point a reader at the model; the files it serves are
    // loads, and so is a page address under any other key (a model to clone, a serving config)
    const yaml = scanWith(url, 'gallery/index.yaml');
    expect(
      yaml(`
        - &audio
          name: "audio-engine"
          description: |
            A ggml audio inference engine. Consumes GGUF packages from
            huggingface.co/acme-audio/audio-engine-gguf.
          urls:
            - https://github.com/acme/audio-engine
            - https://huggingface.co/acme-audio/audio-engine-gguf
          homepage: https://huggingface.co/acme-audio/engine-base
          links: [https://huggingface.co/acme-audio/engine-large]
          files:
            - filename: engine-q4.gguf
              uri: https://huggingface.co/acme-audio/audio-engine-gguf/resolve/main/engine-q4.gguf
          clone: https://huggingface.co/acme-audio/engine-tiny
        - name: "chat"
          config_file: |
            template:
              # https://huggingface.co/acme/Chat-7B-GGUF#prompt-format-for-function-calling
              function: "{{.Input}}"
      `),
    ).toEqual([
      '5:5 hub acme-audio/audio-engine-gguf mention',
      '8:7 hub acme-audio/audio-engine-gguf mention',
      '9:13 hub acme-audio/engine-base mention',
      '10:11 hub acme-audio/engine-large mention',
      '13:12 hub acme-audio/audio-engine-gguf@main',
      '14:10 hub acme-audio/engine-tiny',
      '18:9 hub acme/Chat-7B-GGUF mention',
    ]);
  });

  it('reports a document or a test file as it is (the policy makes them mentions), a notebook cell by its kind', () => {
    expect(
      scan('Download [the checkpoint](https://dl.fbaipublicfiles.com/segment_anything/sam_vit_h_4b8939.pth).'),
    ).toEqual(['1:27 url https://dl.fbaipublicfiles.com/segment_anything/sam_vit_h_4b8939.pth']);
    expect(
      scanWith(url, 'tests/test_download.py')('URL = "https://acme-ci.s3.amazonaws.com/ckpt/small-ckpt.pt"\n'),
    ).toEqual(['1:8 url https://acme-ci.s3.amazonaws.com/ckpt/small-ckpt.pt']);
    const nb = JSON.stringify({
      cells: [
        {
          cell_type: 'markdown',
          source: ['Weights: https://dl.fbaipublicfiles.com/segment_anything/sam_vit_b_01ec64.pth'],
        },
        { cell_type: 'code', source: ['!wget https://dl.fbaipublicfiles.com/segment_anything/sam_vit_h_4b8939.pth'] },
      ],
    });
    expect(scanWith(url, 'notebooks/predictor.ipynb')(nb).map((s) => s.replace(/^\d+:\d+ /, ''))).toEqual([
      'url https://dl.fbaipublicfiles.com/segment_anything/sam_vit_b_01ec64.pth mention',
      'url https://dl.fbaipublicfiles.com/segment_anything/sam_vit_h_4b8939.pth',
    ]);
  });

  it('strips the query string and the fragment (a signed address carries its token there) and user information', () => {
    expect(
      scanWith(
        url,
        'download.py',
      )(`
        A = "https://models.acme-cdn.com/v2/detector.safetensors?X-Amz-Signature=abc123&token=s3cr3t#frag"
        B = "https://user:pa55@models.acme-cdn.com:8443/v2/Detector.GGUF"
      `),
    ).toEqual([
      '1:6 url https://models.acme-cdn.com/v2/detector.safetensors',
      '2:6 url https://models.acme-cdn.com:8443/v2/Detector.GGUF',
    ]);
  });

  it('finds nothing in placeholders, example and private hosts, templates, Hub addresses, repositories, data or other files', () => {
    expect(
      scanWith(
        url,
        'src/download.py',
      )(`
        a = "https://example.com/model.gguf"
        b = "https://cdn.example.org/w.safetensors"
        c = "https://models.invalid/w.pt"
        d = "http://localhost:8080/w.onnx"
        e = "http://127.0.0.1/w.onnx"
        f = "http://192.168.1.20/w.onnx"
        g = "http://10.0.0.5/models/w.onnx"
        h = "http://models/w.pt"
        i = f"https://cdn.acme.io/{name}.pt"
        j = "https://cdn.acme.io/%s.pt" % name
        l = "https://cdn.acme.io/models/$MODEL.pt"
        m = "https://cdn.acme.io/<model>.onnx"
        n = "https://huggingface.co/acme/w/resolve/main/model.safetensors"
        o = "https://cdn-lfs.hf.co/repos/ab/cd/model.gguf"
        p = "https://github.com/acme/llama.onnx"
        q = "http://sbert.net/datasets/simplewiki-2020-11-01-nq-distilbert-base-v1.pt"
        r = "https://cdn.acme.io/w.bin"
        s = "https://cdn.acme.io/data.pkl"
        t = "https://cdn.acme.io/weights.zip"
        u = "https://cdn.acme.io/page.html"
        v = {"uriPlaceholder": "https://exemplo.com/modelo.gguf"}
        w = "git+https://github.com/acme/pkg.pt"
        x = "https://cdn.acme.io/w.pt{ext}"
      `),
    ).toEqual(['13:6 hub acme/w@main']);
  });
});
