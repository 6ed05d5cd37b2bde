import { describe, expect, it } from '@jest/globals';
import { python } from '../../src/scanners/python/index.js';
import { scanWith } from './helpers.js';

const py = scanWith(python, 'tools/download_models.py');

describe("arguments a file passes to its own functions' parameters (Python)", () => {
  it('reads the id a call passes to a function that loads its parameter, at the call', () => {
    expect(
      py(`
        from transformers import AutoModel, AutoTokenizer

        def load(model_name, device="cpu"):
            tokenizer = AutoTokenizer.from_pretrained(model_name)
            return tokenizer, AutoModel.from_pretrained(model_name).to(device)

        tokenizer, model = load("acme/encoder-base")
        _, large = load(device="cuda", model_name="acme/encoder-large")
      `),
    ).toEqual(['7:26 hub acme/encoder-base', '8:44 hub acme/encoder-large']);
    // what a parameter meets decides, not its name: a value passed to a printer or a dataset loader is no model
    expect(
      py(`
        from datasets import load_dataset
        from transformers import AutoModel

        def log(model_name, score):
            print(model_name, score)

        def get(name):
            return load_dataset(name)

        def load(name):
            return AutoModel.from_pretrained(name)

        log("acme/logged-only", 0.5)
        ds = get("acme/some-dataset")
        model = load("acme/loaded")
      `),
    ).toEqual(['15:15 hub acme/loaded']);
  });

  it('reads the constants a script passes to its download helper (fish-speech tools/download_models.py)', () => {
    expect(
      py(`
        import os
        from huggingface_hub import hf_hub_download

        def check_and_download_files(repo_id, file_list, local_dir):
            os.makedirs(local_dir, exist_ok=True)
            for file in file_list:
                if not os.path.exists(os.path.join(local_dir, file)):
                    hf_hub_download(repo_id=repo_id, filename=file, local_dir=local_dir)

        repo_id_1 = "acme/speech-1.5"
        local_dir_1 = "./checkpoints/speech-1.5"
        files_1 = ["model.pth", "config.json"]

        repo_id_2 = "acme/speech-tools"
        files_2 = ["ffmpeg.exe"]

        check_and_download_files(repo_id_1, files_1, local_dir_1)
        check_and_download_files(repo_id_2, files_2, "./")
      `),
    ).toEqual(['10:14 hub acme/speech-1.5', '14:14 hub acme/speech-tools']);
  });

  it("binds a method's parameters after self, and a class's __init__ by the class's name", () => {
    expect(
      py(`
        from sentence_transformers import SentenceTransformer
        from transformers import AutoModelForCausalLM

        class Embedder:
            def __init__(self, model_name, device="cpu"):
                self.model = SentenceTransformer(model_name, device=device)

        class Service:
            def _load(self, path, dtype="auto"):
                return AutoModelForCausalLM.from_pretrained(path, torch_dtype=dtype)

            def start(self):
                self.llm = self._load("acme/chat-7b")

        embedder = Embedder("acme/embed-small")
      `),
    ).toEqual(['13:32 hub acme/chat-7b', '15:22 hub acme/embed-small']);
    // nothing it cannot place: another object's method, unpacked arguments, a name defined twice
    expect(
      py(`
        from transformers import AutoModel

        def load(name):
            return AutoModel.from_pretrained(name)

        def fetch(name):
            return AutoModel.from_pretrained(name)

        def fetch(path, name):
            return AutoModel.from_pretrained(name)

        registry.load("acme/not-this-load")
        load(*["acme/unpacked"])
        fetch("acme/which-fetch")
        load("acme/this-load")
      `),
    ).toEqual(['15:7 hub acme/this-load']);
  });

  it("keeps a Hub loader's reading of a value its parameter also hands to a hosted client in another branch", () => {
    // FastChat's topic_clustering.py: OpenAI for "text-embedding-ada-002", SentenceTransformer otherwise
    expect(
      py(`
        import argparse
        from openai import OpenAI
        from sentence_transformers import SentenceTransformer

        def get_embeddings(texts, model_name):
            if model_name == "text-embedding-ada-002":
                client = OpenAI()
                return client.embeddings.create(input=texts, model=model_name).data
            return SentenceTransformer(model_name).encode(texts)

        parser = argparse.ArgumentParser()
        parser.add_argument("--model", type=str, default="all-mpnet-base-v2")
        args = parser.parse_args()
        embeddings = get_embeddings(texts, args.model)
      `),
    ).toEqual(['12:51 hub sentence-transformers/all-mpnet-base-v2']);
  });

  it('still reads a hosted model a call passes to a function that only talks to the service', () => {
    expect(
      py(`
        from openai import OpenAI

        client = OpenAI()

        def ask(prompt, model):
            return client.chat.completions.create(model=model, messages=[{"role": "user", "content": prompt}])

        answer = ask("hi", "gpt-4o-mini")
      `),
    ).toEqual(['8:21 hosted(openai) gpt-4o-mini']);
  });
});

describe('tables of tables: the id under a key of the entry the code picks (Python)', () => {
  it('reads the entry a name takes from a dict of dicts, by subscript or get', () => {
    expect(
      py(`
        from huggingface_hub import hf_hub_download
        from transformers import AutoModelForCausalLM

        PRESETS = {
            "7b": {"repo": "acme/model-7b", "filename": "model.pt"},
            "13b": {"repo": "acme/model-13b", "filename": "model.pt"},
        }
        CONFIGS = {
            "chat": {"path": "acme/chat-model", "template": "chatml"},
        }

        def load(size):
            cfg = PRESETS[size]
            return hf_hub_download(cfg["repo"], cfg["filename"])

        def chat(kind):
            entry = CONFIGS.get(kind)
            path = entry["path"]
            return AutoModelForCausalLM.from_pretrained(path)
      `),
    ).toEqual(['5:21 hub acme/model-7b', '6:22 hub acme/model-13b', '9:23 hub acme/chat-model']);
  });

  it('reads the entries a loop takes from a list of dicts or from the values of a dict', () => {
    expect(
      py(`
        from transformers import AutoModel

        VARIANTS = [
            {"label": "small", "weights": "acme/small-model"},
            {"label": "large", "weights": "acme/large-model"},
        ]
        TABLE = {"a": {"weights": "acme/table-a"}}

        for v in VARIANTS:
            AutoModel.from_pretrained(v["weights"])
        for t in TABLE.values():
            AutoModel.from_pretrained(t["weights"])
      `),
    ).toEqual(['4:36 hub acme/small-model', '5:36 hub acme/large-model', '7:28 hub acme/table-a']);
  });

  it('reads the values of an entry that is itself a table (Open-Sora gradio/app.py)', () => {
    expect(
      py(`
        from opensora.models.stdit.stdit3 import STDiT3

        HF_STDIT_MAP = {
            "t2v": {
                "360p": "acme/stdit-360p",
                "720p": "acme/stdit",
            },
            "i2v": "acme/stdit-i2v",
        }

        def build_models(mode, resolution):
            if mode == "i2v":
                weight_path = HF_STDIT_MAP["i2v"]
            else:
                weight_path = HF_STDIT_MAP["t2v"].get(resolution, None)
            return STDiT3.from_pretrained(weight_path)
      `),
    ).toEqual(['5:18 hub acme/stdit-360p', '6:18 hub acme/stdit', '8:13 hub acme/stdit-i2v']);
  });

  it("reads only the key the code picks: the entries' other strings are no models", () => {
    expect(
      py(`
        from huggingface_hub import snapshot_download

        SOURCES = {
            "base": {"label": "acme/display-name", "source": "acme/source-repo"},
        }

        def fetch(k):
            src = SOURCES[k]
            print(src["label"])
            return snapshot_download(src["source"])
      `),
    ).toEqual(['4:55 hub acme/source-repo']);
  });
});
