import { describe, expect, it } from '@jest/globals';
import { python } from '../../src/scanners/index.js';
import { scanWith } from './helpers.js';

const py = scanWith(python, 'app/embeddings.py');

describe("a class's own field, not another class's of the same name", () => {
  it("reads `self.model_name` of a hosted backend and of a local one each from its own class's default", () => {
    expect(
      py(`
        from openai import OpenAI
        from sentence_transformers import SentenceTransformer


        class OpenAIEmbedder:
            def __init__(self, model_name: str = "text-embedding-3-small"):
                self.model_name = model_name
                self.client = OpenAI()

            def embed(self, texts):
                return self.client.embeddings.create(model=self.model_name, input=texts)


        class LocalEmbedder:
            def __init__(self, model_name: str = "BAAI/bge-small-en-v1.5"):
                self.model_name = model_name
                self.model = SentenceTransformer(self.model_name)
      `),
    ).toEqual(['6:43 hosted(openai) text-embedding-3-small', '15:43 hub BAAI/bge-small-en-v1.5']);
  });

  it('takes no value from another class for a field its class declares without one', () => {
    expect(
      py(`
        from typing import Any, Optional

        from langchain_community.embeddings import HuggingFaceEmbeddings
        from langchain_nvidia_ai_endpoints import NVIDIAEmbeddings
        from pydantic import BaseModel


        class NVIDIAEmbedder(BaseModel):
            name: str
            embedder: Optional[Any] = None

            def __init__(self, **kwargs):
                super().__init__(**kwargs)
                self.embedder = NVIDIAEmbeddings(model=self.name)


        class HuggingFaceEmbedder(BaseModel):
            name: str = "BAAI/bge-large-en-v1.5"
            embedder: Optional[Any] = None

            def __init__(self, **kwargs):
                super().__init__(**kwargs)
                self.embedder = HuggingFaceEmbeddings(model_name=self.name)
      `),
    ).toEqual(['18:18 hub BAAI/bge-large-en-v1.5']);
  });

  it("still reads a base class's field in a subclass that does not declare it", () => {
    expect(
      py(`
        from sentence_transformers import SentenceTransformer


        class Base:
            model_name = "BAAI/bge-small-en-v1.5"


        class Encoder(Base):
            def load(self):
                return SentenceTransformer(self.model_name)
      `),
    ).toEqual(['5:19 hub BAAI/bge-small-en-v1.5']);
  });
});

describe('Hub models of a file under a folder named for a hosted service', () => {
  // create-llama's template `providers/python/anthropic/settings.py`: the LLM is Anthropic's, the embeddings are
  // FastEmbed's, downloaded from the Hub and run in-process
  const template = `
    import os

    from llama_index.core import Settings
    from llama_index.embeddings.fastembed import FastEmbedEmbedding
    from llama_index.llms.anthropic import Anthropic

    EMBEDDING_MODEL_MAP = {
        "all-MiniLM-L6-v2": "sentence-transformers/all-MiniLM-L6-v2",
        "all-mpnet-base-v2": "sentence-transformers/all-mpnet-base-v2",
    }


    def init_settings():
        Settings.llm = Anthropic(model=os.getenv("MODEL") or "claude-3-sonnet")
        embed_model_name = EMBEDDING_MODEL_MAP[os.getenv("EMBEDDING_MODEL") or "all-MiniLM-L6-v2"]
        Settings.embed_model = FastEmbedEmbedding(model_name=embed_model_name)
  `;

  it("reads FastEmbed's models as Hub models, the LLM as the service's", () => {
    expect(py(template, 'app/providers/anthropic/settings.py')).toEqual([
      '8:26 hub sentence-transformers/all-MiniLM-L6-v2',
      '9:27 hub sentence-transformers/all-mpnet-base-v2',
      '14:59 hosted(anthropic) claude-3-sonnet',
    ]);
  });

  it('reads the Hub models of LangChain before 0.1 (`langchain.embeddings`) beside a hosted server', () => {
    expect(
      py(
        `
          from langchain.embeddings.huggingface import HuggingFaceEmbeddings

          embeddings = HuggingFaceEmbeddings(model_name="sentence-transformers/all-mpnet-base-v2")
          config = {
              "agent": {
                  "model": {"base_url": "https://integrate.api.nvidia.com/v1", "model_name": "meta/llama3-70b-instruct"},
                  "code_repo": {"embedding_model_name": "sentence-transformers/all-mpnet-base-v2"},
              }
          }
        `,
        'notebooks/rag.py',
      ),
    ).toEqual(['3:48 hub sentence-transformers/all-mpnet-base-v2', '7:48 hub sentence-transformers/all-mpnet-base-v2']);
  });
});

describe("NeMo Data Designer's `nvidiabuild` provider", () => {
  it("reads a model configured for it as NVIDIA's API catalog's", () => {
    expect(
      py(`
        from data_designer.essentials import ModelConfig

        config = ModelConfig(alias="judge", model="openai/gpt-oss-120b", provider="nvidiabuild")
      `),
    ).toEqual(['3:44 hosted(nvidia-nim) openai/gpt-oss-120b']);
  });
});
