import { describe, expect, it } from '@jest/globals';
import { python } from '../../src/scanners/python/index.js';
import type { ScanContext } from '../../src/scanners/types.js';
import { brief, ctx, dedent, scanWith } from './helpers.js';

const scan = scanWith(python, 'app/main.py');

describe('python scanner', () => {
  it('reads a Hub id routed through Inference Providers (`org/x:provider`) as the repository', () => {
    // the OpenAI client on Hugging Face's router, and huggingface_hub's InferenceClient
    expect(
      scan(`
        import os
        from openai import OpenAI
        from huggingface_hub import InferenceClient
        client = OpenAI(base_url="https://router.huggingface.co/v1", api_key=os.environ["HF_TOKEN"])
        completion = client.chat.completions.create(model="openai/gpt-oss-120b:cerebras", messages=messages)
        hf = InferenceClient(provider="novita")
        r = hf.chat_completion(model="meta-llama/Llama-3.1-8B-Instruct:novita", messages=messages)
        r2 = hf.chat_completion(model="acme/private-chat:fastest", messages=messages)
      `),
    ).toEqual([
      '5:52 hub openai/gpt-oss-120b',
      '7:31 hub meta-llama/Llama-3.1-8B-Instruct',
      '8:32 hub acme/private-chat',
    ]);
  });

  it('does not read the arguments of dataset calls as models, even catalog-known ids', () => {
    expect(
      scan(`
        from datasets import load_dataset
        ds = load_dataset("meta-llama/Llama-3.1-8B-Instruct", split="train")
        m = AutoModel.from_pretrained("meta-llama/Llama-3.1-8B-Instruct")
        step = LoadDataFromHub(repo_id="argilla/10Kprompts-mini", num_examples=1)
        repo_id = "lerobot/aloha_mobile_cabinet"
        meta = LeRobotDatasetMetadata(repo_id)
        dataset = LeRobotDataset(repo_id=repo_id, episodes=[0])
        policy = DatasetDistillationModel.from_pretrained(repo_id="acme/distilled")
      `),
    ).toEqual(['3:32 hub meta-llama/Llama-3.1-8B-Instruct', '8:60 hub acme/distilled']);
  });

  it('does not read the repo_id of an operation on a dataset (LeRobot dataset tools) as a model', () => {
    expect(
      scan(`
        from lerobot.datasets.dataset_tools import delete_episodes, remove_feature
        def main(dataset):
            dataset_cleaned = remove_feature(
                dataset_with_features, feature_names="success", repo_id="lerobot/pusht_cleaned"
            )
            trimmed = delete_episodes(dataset, episode_indices=[0, 2], repo_id="acme/pusht_trimmed")
            policy = make_policy(cfg, repo_id="acme/act_pusht")
      `),
    ).toEqual(['7:40 hub acme/act_pusht']);
  });

  it('does not read a model-ish constant used only where repositories are written or datasets read', () => {
    expect(
      scan(`
        from datasets import load_dataset
        REPO_ID = "acme/eval-split"
        HUB_MODEL_ID = "acme/my-finetune"
        MODEL_ID = "acme/base-model"
        UNUSED_MODEL = "acme/maybe-elsewhere"
        def main():
            ds = load_dataset(REPO_ID)
            ds.push_to_hub(repo_id=REPO_ID, private=True)
            trainer.push_to_hub(HUB_MODEL_ID)
            m = AutoModel.from_pretrained(MODEL_ID)
            m.push_to_hub(MODEL_ID)
        def publish(path, repo_id="acme/cached-split"):
            load_from_disk(path).push_to_hub(repo_id, "valid")
      `),
    ).toEqual(['4:13 hub acme/base-model', '5:17 hub acme/maybe-elsewhere']);
  });

  it("does not read Meta's evaluation datasets (`-evals`) as the Llama models they are named after", () => {
    // a catalog whose family rule covers every variant of Llama 3.1 8B (`Llama-3.1-8B{,-*}`), as the real one does
    const family: ScanContext = { isKnownModel: (id) => /^meta-llama\/Llama-3\.[12]-\w+(?:-|$)/i.test(id) };
    const text = dedent(`
      from datasets import load_dataset
      LLAMA_3_1_INSTRUCT_EVALS = [
          "meta-llama/Llama-3.1-8B-Instruct-evals",
          "meta-llama/Llama-3.1-70B-Instruct-evals",
      ]
      EVALS_REPO = "meta-llama/Llama-3.2-1B-evals"
      SUPPORTED = ["meta-llama/Llama-3.1-8B"]
      def main(args):
          if args.evals_dataset in LLAMA_3_1_INSTRUCT_EVALS:
              details = load_dataset(args.evals_dataset, name="mmlu__details", split="latest")
          if args.model in SUPPORTED:
              ds = load_dataset(EVALS_REPO, split="latest")
          model = AutoModelForCausalLM.from_pretrained("meta-llama/Llama-3.1-8B-Instruct")
    `);
    expect(brief(python.extract(text, 'eval/prepare_meta_eval.py', family))).toEqual([
      '13:51 hub meta-llama/Llama-3.1-8B-Instruct',
    ]);
  });

  it('does not read a folder the file saves a model to as a Hub id where it loads it back', () => {
    expect(
      scan(`
        from sentence_transformers import SentenceTransformer
        from transformers import AutoModel, Trainer, TrainingArguments
        model = SentenceTransformer("clip-ViT-B-32")
        model.save("tmp-clip-model")
        reloaded = SentenceTransformer("tmp-clip-model")
        base = AutoModel.from_pretrained("bert-base-uncased")
        base.save_pretrained("out-dir/")
        again = AutoModel.from_pretrained("./out-dir")
        OUT_MODEL = "acme/finetuned-bert"
        trainer = Trainer(model=base, args=TrainingArguments(output_dir=OUT_MODEL))
        trainer.save_model()
        tuned = AutoModel.from_pretrained(OUT_MODEL)
        mirror = AutoModel.from_pretrained("acme/mirrored")
        mirror.save_pretrained("acme/mirrored")
        local = AutoModel.from_pretrained("acme/mirrored")
      `),
    ).toEqual([
      '3:30 hub sentence-transformers/clip-ViT-B-32',
      '6:35 hub bert-base-uncased',
      '13:37 hub acme/mirrored',
    ]);
  });

  it('does not read a model-ish list that is only compared with (sentence-transformers), but one that is iterated', () => {
    expect(
      scan(`
        class SentenceTransformer:
            def __init__(self, model_name_or_path=None):
                basic_transformer_models = [
                    "bert-base-cased",
                    "t5-11b",
                ]
                if "/" not in model_name_or_path and model_name_or_path.lower() not in basic_transformer_models:
                    model_name_or_path = "sentence-transformers/" + model_name_or_path
        LEGACY_MODELS = {"gpt2", "distilgpt2"}
        EVAL_MODELS = ["acme/eval-a", "acme/eval-b"]
        BENCH_MODELS = ("acme/bench",)
        def check(name):
            return name in LEGACY_MODELS or any(m in name for m in ("x", "y"))
        for m in EVAL_MODELS:
            print(m)
        results = [score(m) for m in BENCH_MODELS if m in LEGACY_MODELS]
      `),
    ).toEqual(['10:17 hub acme/eval-a', '10:32 hub acme/eval-b', '11:18 hub acme/bench']);
  });

  it('does not read a script-argument field that only names where a dataset is pushed (TRL dataset scripts)', () => {
    expect(
      scan(`
        from dataclasses import dataclass, field
        from transformers import HfArgumentParser
        @dataclass
        class ScriptArguments:
            push_to_hub: bool = field(default=False)
            repo_id: str = field(default="trl-lib/DeepMath-103K", metadata={"help": "Repository to push to."})
        def main(test_size, push_to_hub, repo_id):
            if push_to_hub:
                dataset.push_to_hub(repo_id, config_name="default")
        if __name__ == "__main__":
            script_args = HfArgumentParser(ScriptArguments).parse_args_into_dataclasses()[0]
            dataset.push_to_hub(script_args.repo_id)
            main(0.1, script_args.push_to_hub, script_args.repo_id)
      `),
    ).toEqual([]);
    // the same field read into a loader, directly or through a function's parameter: still a model
    expect(
      scan(`
        @dataclass
        class ScriptArguments:
            model_id: str = field(default="acme/base-model")
            repo_id: str = field(default="acme/pushed-then-loaded")
        def train(model_id, repo_id):
            model = AutoModelForCausalLM.from_pretrained(repo_id)
            model.push_to_hub(model_id)
        args = parser.parse_args()
        model = AutoModel.from_pretrained(args.model_id)
        train(args.model_id, args.repo_id)
        model.push_to_hub(args.repo_id)
      `),
    ).toEqual(['3:36 hub acme/base-model', '4:35 hub acme/pushed-then-loaded']);
  });

  it('still reads the values a membership test guards, when the guarded name is loaded', () => {
    expect(
      scan(`
        from transformers import GPT2LMHeadModel
        SUPPORTED_MODELS = ("gpt2", "acme/gpt2-ft")
        def load(model_type):
            assert model_type in SUPPORTED_MODELS
            return GPT2LMHeadModel.from_pretrained(model_type)
      `),
    ).toEqual(['2:22 hub gpt2', '2:30 hub acme/gpt2-ft']);
  });

  it('still reads such a constant when it is also read as an attribute or reaches anything else', () => {
    expect(
      scan(`
        repo_id = "acme/one"
        upload_folder(repo_id=repo_id, folder_path=".")
        print(repo_id)
        class Job:
            model_id = "acme/two"
            def run(self):
                create_repo(self.model_id)
                return load(self.model_id)
      `),
    ).toEqual(['1:12 hub acme/one', '5:17 hub acme/two']);
  });

  it("maps KerasHub's (KerasNLP's) presets to the Hub repositories of the same checkpoints", () => {
    expect(
      scan(`
        import keras_hub
        from keras_nlp.models import GemmaCausalLM
        import keras_nlp as kn
        gemma_lm = keras_hub.models.GemmaCausalLM.from_preset("gemma2_instruct_2b_en")
        old = GemmaCausalLM.from_preset("gemma_1.1_instruct_7b_en")
        pali = kn.models.PaliGemmaCausalLM.from_preset("kaggle://keras/paligemma2/keras/pali_gemma2_mix_3b_224/2")
        hub = keras_hub.models.Llama3CausalLM.from_preset("hf://meta-llama/Llama-3.2-1B-Instruct")
        mine = keras_hub.models.GemmaCausalLM.from_preset("./checkpoints/gemma_finetuned")
        other = keras_hub.models.BertClassifier.from_preset("bert_base_en_uncased", num_classes=2)
      `),
    ).toEqual([
      '4:56 hub google/gemma-2-2b-it',
      '5:34 hub google/gemma-1.1-7b-it',
      '6:49 hub google/paligemma2-3b-mix-224',
      '7:57 hub meta-llama/Llama-3.2-1B-Instruct',
    ]);
    // another library's from_preset names nothing
    expect(scan('from mylib import Model\nm = Model.from_preset("gemma2_2b_en")')).toEqual([]);
  });

  it("maps the Gemma library's checkpoints (CheckpointPath) to the Hub repositories of the same weights", () => {
    expect(
      scan(`
        from gemma import gm
        model = gm.nn.Gemma3_4B()
        params = gm.ckpts.load_params(gm.ckpts.CheckpointPath.GEMMA3_4B_IT)
        small = gm.ckpts.load_params(
            gm.ckpts.CheckpointPath.GEMMA2_2B_PT,
            params=None,
        )
        n = gm.ckpts.load_params(gm.ckpts.CheckpointPath.GEMMA3N_E4B_IT)
        e = gm.ckpts.load_params(gm.ckpts.CheckpointPath.GEMMA4_26B_A4B_IT)
        mine = gm.ckpts.load_params('/checkpoints/my-finetune')
      `),
    ).toEqual([
      '3:55 hub google/gemma-3-4b-it',
      '5:29 hub google/gemma-2-2b',
      '8:50 hub google/gemma-3n-E4B-it',
      '9:50 hub google/gemma-4-26B-A4B-it',
    ]);
    // another library's enum of the same name
    expect(scan('from mylib import CheckpointPath\nload(CheckpointPath.GEMMA3_4B_IT)')).toEqual([]);
  });

  it('reads Kaggle model handles (kagglehub.model_download) as their Kaggle pages, KerasHub presets as the Hub', () => {
    expect(
      scan(`
        import kagglehub
        from kagglehub import model_download
        weights_dir = kagglehub.model_download("google/paligemma/jax/paligemma-3b-pt-224")
        gemma_dir = model_download(handle="google/gemma/flax/2b-it/3")
        keras_dir = kagglehub.model_download("keras/gemma2/keras/gemma2_instruct_2b_en/2")
        data = kagglehub.dataset_download("acme/some-dataset")
      `),
    ).toEqual([
      '3:41 url https://www.kaggle.com/models/google/paligemma/jax/paligemma-3b-pt-224',
      '4:36 url https://www.kaggle.com/models/google/gemma/flax/2b-it',
      '5:39 hub google/gemma-2-2b-it',
    ]);
  });

  it("maps OpenAI CLIP's names to the Hub repositories of the same checkpoints (openai/CLIP)", () => {
    expect(
      scan(`
        import clip
        model, preprocess = clip.load("ViT-B/32", device=device)
        large, _ = clip.load(name="ViT-L/14@336px")
        rn, _ = clip.load("RN50")
      `),
    ).toEqual(['2:32 hub openai/clip-vit-base-patch32', '3:28 hub openai/clip-vit-large-patch14-336']);
    expect(scan('import mylib\nmylib.load("ViT-B/32")')).toEqual([]);
    // passed on by a project's own class (latent-diffusion's retrieval script): the same checkpoint, not a Hub id
    expect(
      scan(`
        class Searcher:
            def load_retriever(self, version='ViT-L/14', ):
                model = FrozenClipImageEmbedder(model=version)
      `),
    ).toEqual(['2:39 hub openai/clip-vit-large-patch14']);
    // an alias, and the function imported alone: the same module's function
    expect(
      scan(`
        import clip as cl
        from clip import load
        m, p = cl.load("ViT-B/16")
        big, _ = load("ViT-L/14")
      `),
    ).toEqual(['3:17 hub openai/clip-vit-base-patch16', '4:16 hub openai/clip-vit-large-patch14']);
  });

  it("maps Ultralytics' YOLO weight names to the Hub repositories of the same (AGPL-3.0) checkpoints", () => {
    expect(
      scan(`
        from ultralytics import YOLO
        detector = YOLO("yolov8n.pt")
        seg = YOLO(model="yolo11s-seg.pt")
        old = YOLO("yolov5su.pt")
        scratch = YOLO("yolov8n.yaml")
        mine = YOLO("runs/detect/train/weights/best.pt")
      `),
    ).toEqual(['2:18 hub Ultralytics/YOLOv8', '3:19 hub Ultralytics/YOLO11', '4:13 hub Ultralytics/YOLOv5']);
    expect(scan('from mylib import YOLO\nYOLO("yolov8n.pt")')).toEqual([]);
  });

  it("maps Coqui TTS's XTTS names to the Hub repositories the library downloads, and nothing else", () => {
    expect(
      scan(`
        from TTS.api import TTS
        tts = TTS("tts_models/multilingual/multi-dataset/xtts_v2").to(device)
        v1 = TTS(model_name="tts_models/multilingual/multi-dataset/xtts_v1.1")
        vits = TTS(model_name="tts_models/en/ljspeech/vits")
      `),
    ).toEqual(['2:12 hub coqui/XTTS-v2', '3:22 hub coqui/XTTS-v1']);
    // another library's TTS class
    expect(scan('from mytts import TTS\nTTS("tts_models/multilingual/multi-dataset/xtts_v2")')).toEqual([]);
  });

  it('finds from_pretrained on any class, with revision', () => {
    expect(
      scan(`
        from transformers import AutoModelForCausalLM, AutoTokenizer
        tok = AutoTokenizer.from_pretrained("meta-llama/Llama-3.1-8B-Instruct")
        model = AutoModelForCausalLM.from_pretrained(
            "mistralai/Mistral-7B-Instruct-v0.3",
            revision="e0bc86c23ce5aae1db576c8cca6f06f1f73af2db",
            torch_dtype="auto",
        )
        clip = CLIPModel.from_pretrained(pretrained_model_name_or_path='openai/clip-vit-base-patch32')
      `),
    ).toEqual([
      '2:38 hub meta-llama/Llama-3.1-8B-Instruct',
      '4:6 hub mistralai/Mistral-7B-Instruct-v0.3@e0bc86c23ce5aae1db576c8cca6f06f1f73af2db',
      '8:65 hub openai/clip-vit-base-patch32',
    ]);
  });

  it('finds pipeline(model=...) and positional model arguments', () => {
    expect(
      scan(`
        from transformers import pipeline
        a = pipeline("text-generation", "Qwen/Qwen2.5-0.5B-Instruct")
        b = pipeline(task="summarization", model="facebook/bart-large-cnn", revision="main")
        c = pipeline("sentiment-analysis")
      `),
    ).toEqual([
      '2:34 hub Qwen/Qwen2.5-0.5B-Instruct',
      '3:43 hub facebook/bart-large-cnn@main',
      // (named no model: the task's default, which transformers loads)
      '4:5 hub distilbert/distilbert-base-uncased-finetuned-sst-2-english',
    ]);
  });

  it('follows module-level constants, env defaults, dicts and def defaults', () => {
    expect(
      scan(`
        import os
        MODEL_ID = "google/gemma-2-2b-it"
        EMBEDDER = os.getenv("EMBEDDER", "BAAI/bge-small-en-v1.5")
        SIZES = {"small": "Qwen/Qwen2.5-0.5B", "large": "Qwen/Qwen2.5-14B"}

        def load(size="small", checkpoint: str = "microsoft/phi-2"):
            m = AutoModel.from_pretrained(MODEL_ID)
            e = SentenceTransformer(EMBEDDER)
            s = AutoModel.from_pretrained(SIZES[size])
            return AutoModel.from_pretrained(checkpoint)
      `),
    ).toEqual([
      '2:13 hub google/gemma-2-2b-it',
      '3:35 hub BAAI/bge-small-en-v1.5',
      '4:20 hub Qwen/Qwen2.5-0.5B',
      '4:50 hub Qwen/Qwen2.5-14B',
      '6:43 hub microsoft/phi-2',
    ]);
  });

  it('follows class attributes, self.x, dataclass fields and dict entries', () => {
    expect(
      scan(`
        class Settings(BaseSettings):
            embedding_model: str = "intfloat/multilingual-e5-small"
            llm_model: str = "gpt-4o-mini"

        @dataclass
        class Args:
            model_name_or_path: str = field(default="Qwen/Qwen2.5-1.5B", metadata={"help": "base"})

        class Service:
            def __init__(self):
                self.reranker = "BAAI/bge-reranker-base"

            def load(self):
                return CrossEncoder(self.reranker)

        cfg = {"model": "Helsinki-NLP/opus-mt-en-de", "device": "cpu"}
      `),
    ).toEqual([
      '2:29 hub intfloat/multilingual-e5-small',
      '7:46 hub Qwen/Qwen2.5-1.5B',
      '11:26 hub BAAI/bge-reranker-base',
      '16:18 hub Helsinki-NLP/opus-mt-en-de',
    ]);
  });

  it('maps bare sentence-transformers names', () => {
    expect(
      scan(`
        from sentence_transformers import SentenceTransformer, CrossEncoder
        model = SentenceTransformer("all-MiniLM-L6-v2")
        other = SentenceTransformer("intfloat/e5-large-v2", revision="v1.0")
        ce = CrossEncoder("cross-encoder/ms-marco-MiniLM-L-6-v2")
      `),
    ).toEqual([
      '2:30 hub sentence-transformers/all-MiniLM-L6-v2',
      '3:30 hub intfloat/e5-large-v2@v1.0',
      '4:20 hub cross-encoder/ms-marco-MiniLM-L-6-v2',
    ]);
  });

  it('finds hub downloads but not datasets or spaces', () => {
    expect(
      scan(`
        from huggingface_hub import hf_hub_download, snapshot_download
        p = hf_hub_download(repo_id="TheBloke/Llama-2-7B-GGUF", filename="llama-2-7b.Q4_K_M.gguf")
        d = snapshot_download("stabilityai/stable-diffusion-xl-base-1.0", revision="462165984030d82259a11f4367a4eed129e94a7b")
        x = hf_hub_download(repo_id="squad/data", filename="train.json", repo_type="dataset")
        y = snapshot_download(repo_id="gradio/hello_world", repo_type="space")
      `),
    ).toEqual([
      '2:30 hub TheBloke/Llama-2-7B-GGUF',
      '3:24 hub stabilityai/stable-diffusion-xl-base-1.0@462165984030d82259a11f4367a4eed129e94a7b',
    ]);
  });

  it('does not take a constant for a model when only dataset or Space downloads read it', () => {
    expect(
      scan(`
        from huggingface_hub import HfApi, hf_hub_download

        REPO_ID = "diffusers/benchmarks"
        SPACE_ID = "acme/demo-space"
        MODEL_ID = "acme/real-model"


        def previous():
            return hf_hub_download(repo_id=REPO_ID, repo_type="dataset", filename="results.csv")


        def push(api: HfApi):
            api.upload_file(path_or_fileobj="r.csv", path_in_repo="r.csv", repo_id=REPO_ID, repo_type="dataset")
            api.hf_hub_download(SPACE_ID, "app.py", repo_type="space")
            return hf_hub_download(MODEL_ID, "config.json")
      `),
    ).toEqual(['5:13 hub acme/real-model']);
  });

  it('does not take a parameter default for a model when a dataset download reads it beside helpers', () => {
    // an evaluation toolkit's benchmark class: the default `repo_id` goes to the dataset download (the Hub's, or
    // ModelScope's) and to a helper that finds the local cache; a parameter that a loader also reads stays a model
    expect(
      scan(`
        from huggingface_hub import snapshot_download
        from ..smp import get_cache_path, modelscope_flag_set


        class LongVideoBench(VideoBaseDataset):
            def prepare_dataset(self, dataset_name="LongVideoBench", repo_id="acme-lab/LongVideoBench"):
                if modelscope_flag_set():
                    repo_id = "AI-ModelScope/LongVideoBench"
                cache_path = get_cache_path(repo_id, branch="main")
                if cache_path is not None and check_integrity(cache_path):
                    return dict(root=cache_path)
                if modelscope_flag_set():
                    from modelscope import dataset_snapshot_download
                    dataset_path = dataset_snapshot_download(dataset_id=repo_id)
                else:
                    dataset_path = snapshot_download(repo_id=repo_id, repo_type="dataset")
                return dict(root=dataset_path)


        def judge(model_id="acme-lab/judge-7b", repo_id="acme-lab/judge-data"):
            local = get_cache_path(model_id)
            snapshot_download(repo_id=repo_id, repo_type="dataset")
            return load_judge_model(model_id), local
      `),
    ).toEqual(['20:21 hub acme-lab/judge-7b']);
    expect(
      scan(`
        from huggingface_hub import snapshot_download


        def fetch(repo_id="acme-lab/tuned-7b"):
            print(repo_id)
            snapshot_download(repo_id=repo_id, repo_type="dataset")
            return load_model(repo_id)
      `),
    ).toEqual(['4:20 hub acme-lab/tuned-7b']);
  });

  it('does not take the documentation checkpoints of a transformers-style modeling file for loads', () => {
    expect(
      scan(`
        _CHECKPOINT_FOR_DOC = "bigscience/bloom-560m"
        _CHECKPOINT_FOR_SEQUENCE_CLASSIFICATION = "acme/bloom-sst2"
        BLOOM_PRETRAINED_MODEL_ARCHIVE_LIST = ["bigscience/bloom", "bigscience/bloom-7b1"]


        class BloomModel(BloomPreTrainedModel):
            @add_code_sample_docstrings(checkpoint=_CHECKPOINT_FOR_DOC, output_type=BaseModelOutput)
            def forward(self, input_ids):
                return input_ids


        tokenizer = AutoTokenizer.from_pretrained("bigscience/bloom-1b1")
      `),
    ).toEqual(['12:44 hub bigscience/bloom-1b1']);
  });

  it('does not read the keys of a table of facts about models as loads; a table under a model-ish name stays', () => {
    expect(
      scan(`
        CONTEXT_WINDOWS = {"meta-llama/Llama-3.1-8B-Instruct": 131072}
        __INT_TO_FLOAT_MAPPER = {
            "Qwen/Qwen2.5-7B-Instruct": ("unsloth/qwen", "meta-llama/Llama-3.1-8B-Instruct"),
        }
        EMBEDDING_MODELS = {"Qwen/Qwen2.5-7B-Instruct": 384}
        HF_MODEL_ID_TO_FILENAMES = {"Qwen/Qwen2.5-7B-Instruct": ("configs/qwen.yaml", "qwen.pt")}
        weights_by_checkpoint = {"meta-llama/Llama-3.1-8B-Instruct": "model.safetensors"}
        MODEL_SIZES_TO_PARAMS = {"meta-llama/Llama-3.1-8B-Instruct": 8}
        model_to_cost: Dict[str, Dict[str, float]] = {
            "meta-llama/Llama-3.1-8B-Instruct": {"input": 0.05, "output": 0.08},
        }
        CONTEXT_LENGTH_BY_MODEL = {"Qwen/Qwen2.5-7B-Instruct": 32768}
        MODEL_TO_MAX_TOKENS = {"Qwen/Qwen2.5-7B-Instruct": 8192}
      `),
    ).toEqual([
      '3:51 hub meta-llama/Llama-3.1-8B-Instruct',
      '5:22 hub Qwen/Qwen2.5-7B-Instruct',
      '6:30 hub Qwen/Qwen2.5-7B-Instruct',
      '7:27 hub meta-llama/Llama-3.1-8B-Instruct',
    ]);
  });

  it('reads a default model name given to an Ollama client as an Ollama model only', () => {
    expect(
      scan(`
        import ollama

        DEFAULT_MODEL_NAME = "chroma/all-minilm-l6-v2-f32"


        class OllamaEmbeddingFunction:
            def __init__(self, url="http://localhost:11434", model_name=DEFAULT_MODEL_NAME):
                self._client = ollama.Client(host=url)
                self.model_name = model_name

            def __call__(self, input):
                return self._client.embed(model=self.model_name, input=input)
      `),
    ).toEqual(['3:23 ollama ollama:chroma/all-minilm-l6-v2-f32']);
  });

  it('does not take the Hub repositories of compute kernels for models', () => {
    expect(
      scan(`
        from kernels import LayerRepository, get_kernel
        from text_generation_server.utils.kernels import load_kernel

        activation = get_kernel("kernels-community/activation", version=1)
        rotary = load_kernel(module="rotary", repo_id="kernels-community/rotary")
        mapping = {"SiluAndMul": LayerRepository(repo_id="kernels-community/activation", layer_name="Silu")}
        model = AutoModelForCausalLM.from_pretrained("acme/uses-kernels")
      `),
    ).toEqual(['7:47 hub acme/uses-kernels']);
  });

  it("does not take a project's own descriptions of Hub kernels for models (diffusers' attention dispatch)", () => {
    expect(
      scan(`
        from dataclasses import dataclass

        @dataclass
        class _HubKernelConfig:
            repo_id: str
            function_attr: str
            revision: str | None = None

        _HUB_KERNELS_REGISTRY = {
            AttentionBackendName._FLASH_3_HUB: _HubKernelConfig(
                repo_id="kernels-community/flash-attn3", function_attr="flash_attn_func", revision="fake-ops-return-probs"
            ),
            AttentionBackendName.SAGE_HUB: _HubKernelConfig(repo_id="kernels-community/sage_attention", function_attr="sageattn"),
        }
        pipe = DiffusionPipeline.from_pretrained("black-forest-labs/FLUX.1-dev")
      `),
    ).toEqual(['15:43 hub black-forest-labs/FLUX.1-dev']);
  });

  it('finds vLLM, LangChain and LlamaIndex wrappers and Ollama clients', () => {
    expect(
      scan(`
        llm = LLM(model="Qwen/Qwen2.5-7B-Instruct", tokenizer="Qwen/Qwen2.5-7B-Instruct")
        ep = HuggingFaceEndpoint(repo_id="HuggingFaceH4/zephyr-7b-beta", max_new_tokens=512)
        emb = HuggingFaceEmbedding(model_name="BAAI/bge-base-en-v1.5")
        chat = ChatOllama(model="Llama3.1:8B", temperature=0)
        ll = Ollama(model="mistral", request_timeout=60.0)
        r = ollama.chat(model="qwen2.5:7b", messages=[])
        e2 = HuggingFaceEmbeddings(model_name="all-mpnet-base-v2")
      `),
    ).toEqual([
      '1:18 hub Qwen/Qwen2.5-7B-Instruct',
      '1:56 hub Qwen/Qwen2.5-7B-Instruct',
      '2:35 hub HuggingFaceH4/zephyr-7b-beta',
      '3:40 hub BAAI/bge-base-en-v1.5',
      '4:26 ollama ollama:llama3.1:8b',
      '5:20 ollama ollama:mistral',
      '6:24 ollama ollama:qwen2.5:7b',
      '7:40 hub sentence-transformers/all-mpnet-base-v2',
    ]);
  });

  it('reports torch.hub repos the catalog or the built-in list of model repos knows', () => {
    expect(
      scan(`
        a = torch.hub.load("facebookresearch/dinov2", "dinov2_vitb14")
        b = torch.hub.load("ultralytics/yolov5", "yolov5s")
        c = torch.hub.load("someone/own-repo", "net")
        d = torch.hub.load("./local", "net", source="local")
      `),
    ).toEqual(['1:21 hub facebookresearch/dinov2', '2:21 url https://github.com/ultralytics/yolov5']);
  });

  it('finds bare legacy ids only when the catalog knows them', () => {
    expect(
      scan(`
        a = AutoModel.from_pretrained("gpt2")
        b = AutoModel.from_pretrained("my_local_model")
        c = BertModel.from_pretrained("bert-base-uncased")
      `),
    ).toEqual(['1:32 hub gpt2', '3:32 hub bert-base-uncased']);
  });

  it('follows attributes of attributes: self.config.model = self.config.model or "default", config.model = ...', () => {
    // mem0's embedders and LLMs fill their config's defaults, then load what the config names
    expect(
      scan(`
        from openai import OpenAI
        from sentence_transformers import SentenceTransformer

        class HuggingFaceEmbedding(EmbeddingBase):
            def __init__(self, config=None):
                super().__init__(config)
                if self.config.huggingface_base_url:
                    self.client = OpenAI(base_url=self.config.huggingface_base_url, api_key="hf")
                    self.config.model = self.config.model or "tei"
                else:
                    self.config.model = self.config.model or "multi-qa-MiniLM-L6-cos-v1"
                    self.model = SentenceTransformer(self.config.model, **self.config.model_kwargs)
      `),
    ).toEqual(['11:55 hub sentence-transformers/multi-qa-MiniLM-L6-cos-v1']);
    expect(
      scan(`
        from ollama import Client

        class OllamaLLM(LLMBase):
            def __init__(self, config=None):
                super().__init__(config)
                if not self.config.model:
                    self.config.model = "llama3.1:70b"
                self.client = Client(host=self.config.ollama_base_url)

            def generate_response(self, messages):
                return self.client.chat(model=self.config.model, messages=messages)

        def embedder(args):
            args.embedding_model = args.embedding_model or "BAAI/bge-small-en-v1.5"
            return AutoModel.from_pretrained(args.embedding_model)
      `),
    ).toEqual(['7:34 ollama ollama:llama3.1:70b', '14:53 hub BAAI/bge-small-en-v1.5']);
    // an Ollama Modelfile held by an attribute is no model (unsloth's chat templates)
    expect(
      scan(`
        def construct_chat_template(tokenizer, part):
            modelfile = 'FROM {__FILE_LOCATION__}\\n\\n' \\
            'TEMPLATE ' + part + '\\n'
            tokenizer.tokenizer._ollama_modelfile = modelfile
            return modelfile
      `),
    ).toEqual([]);
  });

  it("follows a function's local name to that function's own assignments, not to another function's", () => {
    // unsloth's embedder: a loop over logger names in one function, `name = model_name or ...` in another
    expect(
      scan(`
        import logging
        from sentence_transformers import SentenceTransformer

        _LOGGERS = ("transformers.utils.loading_report", "transformers.modeling_utils")

        def quiet():
            for name in _LOGGERS:
                logging.getLogger(name).setLevel(logging.ERROR)

        def load(model_name=None):
            name = model_name or "all-MiniLM-L6-v2"
            target = name
            return SentenceTransformer(target)
      `),
    ).toEqual(['11:27 hub sentence-transformers/all-MiniLM-L6-v2']);
    // sentence-transformers' tests: one test pins revisions, another loads the same id unpinned
    expect(
      scan(`
        from sentence_transformers import CrossEncoder

        def test_revision():
            model_name = "cross-encoder/ms-marco-MiniLM-L6-v2"
            CrossEncoder(model_name, revision="f3cb857cba53019a20df283396bcca179cf051a4")

        def test_warning():
            model_name = "cross-encoder/ms-marco-MiniLM-L6-v2"
            CrossEncoder(model_name)
      `),
    ).toEqual([
      '4:19 hub cross-encoder/ms-marco-MiniLM-L6-v2@f3cb857cba53019a20df283396bcca179cf051a4',
      '8:19 hub cross-encoder/ms-marco-MiniLM-L6-v2',
    ]);
  });

  it('follows a name a function does not assign to the module, and one its `global` statement names', () => {
    expect(
      scan(`
        from transformers import AutoModel
        MODEL_ID = "acme/encoder"
        model_name = "acme/module-level"

        def setup():
            global model_name
            model_name = "acme/from-setup"

        def load(revision=None):
            name = MODEL_ID
            return AutoModel.from_pretrained(name), AutoModel.from_pretrained(model_name)

        def other():
            name = "acme/unrelated-value"
            return name
      `),
    ).toEqual(['2:13 hub acme/encoder', '3:15 hub acme/module-level', '7:19 hub acme/from-setup']);
  });

  it('reads the values a guard allows a name: assert NAME in {...}, if NAME not in (...): raise', () => {
    // nanoGPT's model.py: the model type is checked, then loaded
    expect(
      scan(`
        class GPT:
            @classmethod
            def from_pretrained(cls, model_type, override_args=None):
                assert model_type in {'gpt2', 'bert-base-uncased'}
                from transformers import GPT2LMHeadModel
                model_hf = GPT2LMHeadModel.from_pretrained(model_type)
      `),
    ).toEqual(['4:32 hub gpt2', '4:40 hub bert-base-uncased']);
    expect(
      scan(`
        def load(name: str):
            if name not in ("acme/small", "acme/large"):
                raise ValueError(f"unknown model {name}")
            return AutoModel.from_pretrained(name)
      `),
    ).toEqual(['2:22 hub acme/small', '2:36 hub acme/large']);
    // an assert's message is not a value; a guard of another name gives this one nothing
    expect(
      scan(`
        def load(name, kind):
            assert name in ["acme/only"], "acme/not-a-value"
            assert kind in ("acme/a-kind",)
            return AutoModel.from_pretrained(name)
      `),
    ).toEqual(['2:22 hub acme/only']);
    // an \`if NAME not in (...)\` whose branch does not leave is no guard: Ollama clients pull a model missing from
    // the installed list (vanna's Ollama class), and a cache loads a name missing from its keys
    expect(
      scan(`
        import ollama

        class Ollama:
            @staticmethod
            def __pull_model_if_ne(ollama_client, model):
                model_response = ollama_client.list()
                model_lists = [
                    model_element["model"] for model_element in model_response.get("models", [])
                ]
                if model not in model_lists:
                    ollama_client.pull(model)

            def __init__(self, config):
                self.model = config["model"]
                self.client = ollama.Client(config.get("ollama_host", "http://localhost:11434"))
                self.__pull_model_if_ne(self.client, self.model)

        def cached(name):
            if name not in ("acme/warm",):
                _CACHE[name] = AutoModel.from_pretrained(name)
            return _CACHE[name]
      `),
    ).toEqual([]);
    // a branch that leaves on the same line or by exiting guards
    expect(
      scan(`
        import sys

        def load(name):
            if name not in ["acme/a", "acme/b"]: return None
            return AutoModel.from_pretrained(name)

        def main(name):
            if name not in {"acme/c"}:
                sys.exit(f"unknown model {name}")
            AutoModel.from_pretrained(name)
      `),
    ).toEqual(['4:22 hub acme/a', '4:32 hub acme/b', '8:22 hub acme/c']);
    // \`if NAME in (...)\` is a branch, not a guard: what is loaded may be anything else
    expect(
      scan(`
        def load(name):
            if name in ("acme/special",):
                name = fix(name)
            return AutoModel.from_pretrained(name)
      `),
    ).toEqual([]);
  });

  it('does not read a gateway route to an API model as a Hub repository, even where a model is loaded', () => {
    // smolagents' models.py: names are not scoped by function, so LiteLLMModel's default reaches the
    // from_pretrained of TransformersModel
    expect(
      scan(`
        class TransformersModel(Model):
            def __init__(self, model_id=None):
                if not model_id:
                    model_id = "openai/whisper-large-v3-turbo"
                self.model = AutoModel.from_pretrained(model_id)
        class LiteLLMModel(ApiModel):
            def __init__(self, model_id=None):
                if not model_id:
                    model_id = "anthropic/claude-3-5-sonnet-20240620"
                super().__init__(model_id=model_id)
        n = AutoModel.from_pretrained("groq/llama3-8b-8192")
      `),
    ).toEqual(['4:25 hub openai/whisper-large-v3-turbo', '11:32 hub groq/llama3-8b-8192']);
  });

  it('does not report decoys', () => {
    expect(
      scan(`
        ds = load_dataset("tatsu-lab/alpaca")
        client.chat.completions.create(model="gpt-4o", messages=[])
        anthropic.messages.create(model="claude-3-5-sonnet-20241022")
        emb = openai.embeddings.create(model="text-embedding-3-small", input="x")
        m = AutoModel.from_pretrained("./models/finetuned")
        m = AutoModel.from_pretrained("/mnt/models/llama")
        m = AutoModel.from_pretrained("models/llama.gguf")
        m = AutoModel.from_pretrained(f"{ORG}/{NAME}")
        model.push_to_hub("acme/my-finetune")
        api.upload_folder(repo_id="acme/my-finetune", folder_path="out")
        url = "https://github.com/huggingface/transformers"
        image = "vllm/vllm-openai:latest"
        path = "src/utils/helpers.py"
        # model = AutoModel.from_pretrained("commented/out")
        df = pd.read_csv("data/train.csv")
      `),
    ).toEqual([]);
  });

  it('does not read the repository a project writes its own model to, even a catalog-known id', () => {
    // the shapes of conversion scripts (diffusers' scripts/convert_wuerstchen.py), TRL/Transformers training
    // scripts and Unsloth's notebooks: the name is reused for the project's own upload, no model is adopted
    expect(
      scan(`
        from transformers import AutoModelForCausalLM, TrainingArguments
        from trl import SFTConfig
        from unsloth import FastLanguageModel

        model, tokenizer = FastLanguageModel.from_pretrained("unsloth/Llama-3.2-1B-Instruct")
        args = TrainingArguments(output_dir="gpt2", hub_model_id="meta-llama/Llama-3.1-8B-Instruct", push_to_hub=True)
        cfg = SFTConfig(output_dir="Qwen2.5-7B-SFT", hub_model_id="Qwen/Qwen2.5-7B-Instruct")
        pipe.save_pretrained("distilbert-base-uncased")
        model.push_to_hub("Qwen/Qwen2.5-7B-Instruct", token=token)
        model.push_to_hub_merged("meta-llama/Llama-3.1-8B-Instruct", tokenizer, save_method="merged_16bit")
        model.push_to_hub_gguf("gpt2", tokenizer, quantization_method="q4_k_m")
        model.save_pretrained_merged("bert-base-uncased", tokenizer)
        trainer.save_model("gpt2")
        output_dir = "bert-base-uncased"
        base = AutoModelForCausalLM.from_pretrained("Qwen/Qwen2.5-7B-Instruct")
      `),
    ).toEqual(['5:55 hub unsloth/Llama-3.2-1B-Instruct', '15:46 hub Qwen/Qwen2.5-7B-Instruct']);
  });

  it('honours inline suppression on the line and the line above', () => {
    expect(
      scan(`
        a = AutoModel.from_pretrained("org/one")  # model-gate: ignore
        # model-gate: ignore
        b = AutoModel.from_pretrained("org/two")
        c = AutoModel.from_pretrained("org/three")
      `),
    ).toEqual(['4:32 hub org/three']);
  });

  it('finds hf-hub: ids of timm and open_clip', () => {
    expect(scan(`m = timm.create_model("hf-hub:timm/vit_base_patch16_224.augreg_in21k", pretrained=True)`)).toEqual([
      '1:31 hub timm/vit_base_patch16_224.augreg_in21k',
    ]);
  });

  it('finds argparse defaults and model-named kwargs of other calls', () => {
    expect(
      scan(`
        parser.add_argument("--model_name_or_path", type=str, default="EleutherAI/pythia-160m")
        parser.add_argument("--output_dir", default="acme/out")
        resp = client.chat.completions.create(model="Qwen/Qwen2.5-72B-Instruct", messages=msgs)
      `),
    ).toEqual(['1:64 hub EleutherAI/pythia-160m', '3:46 hub Qwen/Qwen2.5-72B-Instruct']);
  });

  it('reports catalog-known ids wherever they are written', () => {
    expect(scan(`CHOICES = {"chat": "meta-llama/Llama-3.1-8B-Instruct", "x": "someone/else"}`)).toEqual([
      '1:21 hub meta-llama/Llama-3.1-8B-Instruct',
    ]);
  });

  it('does not report catalog-known ids that the code only compares a value with; a list a for loop iterates stays', () => {
    expect(
      scan(`
        from sentence_transformers import SentenceTransformer

        BGE_MODELS = ("Qwen/Qwen2.5-7B-Instruct", "gpt2")


        class Embedder:
            def __init__(self, model_name):
                self.model_name = model_name
                self.model = SentenceTransformer(model_name)

            def encode(self, texts):
                if self.model_name in ["meta-llama/Llama-3.1-8B-Instruct", "bert-base-uncased"]:
                    texts = [t[:2048] for t in texts]
                if self.model_name not in BGE_MODELS or self.model_name == "distilbert-base-uncased":
                    return self.model.encode(texts)
                return self.model.encode(["query: " + t for t in texts])


        for name in ["meta-llama/Llama-3.1-8B-Instruct"]:
            SentenceTransformer(name)
        encoders = [SentenceTransformer(m) for m in ("Qwen/Qwen2.5-7B-Instruct",)]
      `),
    ).toEqual(['19:15 hub meta-llama/Llama-3.1-8B-Instruct', '21:47 hub Qwen/Qwen2.5-7B-Instruct']);
  });

  it("reads FlagEmbedding's embedders and rerankers, whatever the catalog knows", () => {
    expect(
      scan(`
        from FlagEmbedding import BGEM3FlagModel, FlagAutoModel, FlagICLModel, FlagLLMReranker, FlagReranker
        from FlagEmbedding import LayerWiseFlagLLMReranker, LightWeightFlagLLMReranker

        embedder = BGEM3FlagModel("BAAI/bge-m3", use_fp16=True)
        icl = FlagICLModel("BAAI/bge-en-icl", query_instruction_for_retrieval="Given a query, retrieve passages.")
        auto = FlagAutoModel.from_finetuned("BAAI/bge-base-en-v1.5", use_fp16=True)
        reranker = FlagReranker("BAAI/bge-reranker-v2-m3", cache_dir="./cache")
        gemma = FlagLLMReranker("BAAI/bge-reranker-v2-gemma", use_fp16=True)
        layerwise = LayerWiseFlagLLMReranker(model_name_or_path="BAAI/bge-reranker-v2-minicpm-layerwise")
        light = LightWeightFlagLLMReranker("BAAI/bge-reranker-v2.5-gemma2-lightweight")
      `),
    ).toEqual([
      '4:28 hub BAAI/bge-m3',
      '5:21 hub BAAI/bge-en-icl',
      '6:38 hub BAAI/bge-base-en-v1.5',
      '7:26 hub BAAI/bge-reranker-v2-m3',
      '8:26 hub BAAI/bge-reranker-v2-gemma',
      '9:58 hub BAAI/bge-reranker-v2-minicpm-layerwise',
      '10:37 hub BAAI/bge-reranker-v2.5-gemma2-lightweight',
    ]);
  });

  it("does not report the samples that document a setting (pydantic Field(examples=...), example=); the setting's default stays", () => {
    expect(
      scan(`
        from typing import Annotated
        from pydantic import BaseModel, Field


        class AsrOptions(BaseModel):
            repo_id: Annotated[
                str,
                Field(
                    description="Hugging Face repository of a Whisper-compatible model.",
                    examples=["openai/whisper-tiny", "openai/whisper-base"],
                ),
            ] = "openai/whisper-large-v3"
            vlm: str = Field(default="Qwen/Qwen2.5-7B-Instruct", example="meta-llama/Llama-3.1-8B-Instruct")
            params: dict = Field(
                description="Model parameters.",
                examples=[
                    {"model": "HuggingFaceTB/SmolVLM-256M-Instruct", "max_completion_tokens": 200},
                    {"model": "granite3.2-vision:2b"},
                ],
            )
      `),
    ).toEqual(['12:10 hub openai/whisper-large-v3', '13:31 hub Qwen/Qwen2.5-7B-Instruct']);
  });

  it('reads the model of a command the code runs: an argument list, or a command string (Modal, subprocess)', () => {
    expect(
      scan(`
        import subprocess
        import modal

        MODEL = "llama3.1:8b"
        subprocess.run(["ollama", "pull", MODEL], check=True)
        subprocess.check_call("ollama pull mistral && ollama run phi3 'hi'", shell=True)
        image = modal.Image.debian_slim().run_commands(
            "huggingface-cli download Qwen/Qwen2.5-7B-Instruct --local-dir /models/qwen",
            "hf download --repo-type dataset acme/chat-data",
        )
        print("Run ollama pull llama3 first")
        USAGE = """
            vllm serve meta-llama/Llama-3.1-8B-Instruct --port 8000
        Start the server first.
        """
        subprocess.run(["docker", "pull", "ollama/ollama"])
      `),
    ).toEqual([
      '4:10 ollama ollama:llama3.1:8b',
      '6:36 ollama ollama:mistral',
      '6:58 ollama ollama:phi3',
      '8:31 hub Qwen/Qwen2.5-7B-Instruct',
    ]);
  });

  it('reads LlamaIndex\'s local embedding names: embed_model="local" (its default BAAI/bge-small-en), "local:org/x"', () => {
    expect(
      scan(`
        from llama_index.core import Settings, VectorStoreIndex

        Settings.embed_model = "local:BAAI/bge-small-en-v1.5"
        index = VectorStoreIndex.from_documents(docs, embed_model="local")
        other = VectorStoreIndex.from_documents(docs, embed_model="default")
      `),
    ).toEqual(['3:31 hub BAAI/bge-small-en-v1.5', '4:60 hub BAAI/bge-small-en']);
    // without LlamaIndex, "local" is nobody's model
    expect(scan(`index = build(docs, embed_model="local")`)).toEqual([]);
  });

  it('scans notebook code cells and reports the line in the .ipynb file', () => {
    const nb = JSON.stringify(
      {
        cells: [
          {
            cell_type: 'markdown',
            metadata: {},
            source: ['# Demo\n', 'AutoModel.from_pretrained("not/code")\n'],
          },
          {
            cell_type: 'code',
            metadata: {},
            source: [
              'MODEL = "microsoft/Phi-3-mini-4k-instruct"\n',
              'model = AutoModelForCausalLM.from_pretrained(MODEL)',
            ],
            outputs: [],
            execution_count: null,
          },
          {
            cell_type: 'code',
            metadata: {},
            source: ['!ollama pull llama3.2\n', 'tok = AutoTokenizer.from_pretrained(MODEL)'],
            outputs: [],
          },
        ],
        metadata: {},
        nbformat: 4,
        nbformat_minor: 5,
      },
      null,
      1,
    );
    const refs = python.extract(nb, 'notebooks/demo.ipynb', ctx);
    const lines = nb.split('\n');
    expect(brief(refs)).toEqual(['15:16 hub microsoft/Phi-3-mini-4k-instruct', '25:19 ollama ollama:llama3.2']);
    expect(lines[14].slice(15)).toMatch(/^microsoft\/Phi-3-mini-4k-instruct/);
    expect(lines[24].slice(18)).toMatch(/^llama3\.2/);
  });
});
