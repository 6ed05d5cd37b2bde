/**
 * Data types of the catalog's rules (src/catalog/data/families.yml, urls.yml, reuploads.yml, ollama.yml,
 * pipelines.yml), validated by schemas/catalog-families.schema.json, catalog-urls.schema.json,
 * catalog-reuploads.schema.json, catalog-ollama.schema.json and catalog-pipelines.schema.json.
 */
import type { Openness } from '../core/types.js';

/** What a family rule (or one of its exceptions) may state about the checkpoints it covers. */
export interface FamilyFacts {
  /** Catalog license id. */
  license: string;
  /** Family slug (default: the rule's). */
  family?: string;
  /** Hub pipeline-tag words, when every covered checkpoint does that. */
  task?: string;
  /** Weight formats every covered checkpoint publishes, when the source says. */
  formats?: string[];
  /** Whether every covered repository is gated, when the source says. */
  gated?: boolean;
  /** Openness, when the source says (default `open-weights`). */
  openness?: Openness;
  /** Whether the covered checkpoints take more than one modality. */
  multimodal?: boolean;
  /** Address backing these facts. */
  source: string;
  /** Set when a fact could not be confirmed from a primary source. */
  unconfirmed?: string;
}

/** A family rule: a publisher plus name globs, one license, explicit exceptions (first match wins). */
export interface FamilyRule extends FamilyFacts {
  /** Unique rule id, e.g. `qwen2.5`. */
  id: string;
  /** Hub namespace, canonical case (`Qwen`). */
  publisher: string;
  family: string;
  /** Globs over the repository name (the part after `publisher/`). */
  match: string[];
  /** Names the rule does not cover although `match` does. */
  exclude?: string[];
  exceptions?: Array<Partial<FamilyFacts> & { match: string[]; license: string; source: string }>;
}

/** One trailing token a re-uploader adds to the base's name (`GGUF`, `4bit`, `Q4_K_M`), as a glob. */
export interface StripToken {
  token: string;
  /** The weight format the token means, when it means one (`GGUF` -> gguf). */
  format?: string;
}

/** How one re-uploader (quantiser, converter) names its copies of base models. */
export interface ReuploadRule {
  /** Hub namespace, canonical case (`bartowski`). */
  publisher: string;
  /** Address showing the naming habit (the publisher's page or a typical card). */
  source: string;
  /** Extra trailing tokens this publisher adds, besides the defaults. */
  strip?: StripToken[];
  /** Prefixes the publisher drops from base names (`Meta-` of `Meta-Llama-3-8B`): tried when the bare name is unknown. */
  prefixes?: string[];
  /** Suffixes the publisher drops from base names (`-hf` of `Llama-2-7b-chat-hf`). */
  suffixes?: string[];
  /** Separator between the base's namespace and name when the publisher keeps both (`google_gemma-3-12b-it`). */
  namespace_separator?: string;
  /** Weight formats every copy of this publisher holds, when the source says (`onnx` for Xenova). */
  formats?: string[];
}

export interface ReuploadsFile {
  /** Trailing tokens every re-uploader may add. */
  strip: StripToken[];
  reuploads: ReuploadRule[];
}

/** One Ollama library name and its tags. */
export interface OllamaName {
  /** Library name, e.g. `llama3.2`. */
  name: string;
  /** The library page, e.g. https://ollama.com/library/llama3.2. */
  source: string;
  /** The tag `latest` (and the bare name) points to, e.g. `3b`. */
  latest: string;
  /** Tag (size, or size-variant such as `3b-text`) -> catalog model id. */
  tags: Record<string, string>;
  unconfirmed?: string;
}

export interface OllamaFile {
  /** Trailing tag tokens that name a quantisation (`q4_K_M`, `fp16`): dropped before the lookup. */
  quantizations: string[];
  /** Tag tokens that name the default variant (`instruct`, `chat`): dropped when the tag is not listed as is. */
  default_variants: string[];
  ollama: OllamaName[];
}

/** A library whose `pipeline(task)` loads a default model when named none. */
export type PipelineLibrary = 'transformers' | 'transformers.js';

/** One library's pipeline tasks: what `pipeline(task)` loads when named no model. */
export interface PipelineTasks {
  /** The library's own table, at a pinned commit. */
  source: string;
  /** Task name the library accepts -> the task it stands for (`sentiment-analysis` -> `text-classification`). */
  aliases?: Readonly<Record<string, string>>;
  /** Task -> the Hub id of its default model. */
  defaults: Readonly<Record<string, string>>;
}

export interface PipelinesFile {
  pipelines: Record<PipelineLibrary, PipelineTasks>;
}

export interface FamiliesFile {
  families: FamilyRule[];
}

/**
 * A URL rule: weight files a publisher serves outside the Hugging Face Hub, by globs over their addresses (host
 * and path, without scheme, query string and fragment: `dl.fbaipublicfiles.com/segment_anything_2/*\/sam2*.pt`).
 * Either they are the files of a catalog model (`model`), or the rule states their facts as a family rule does
 * (`publisher`, `family`, `license`...), and is answered as one.
 */
export interface UrlRule extends Partial<Omit<FamilyRule, 'id' | 'match' | 'exclude' | 'exceptions' | 'source'>> {
  /** Unique rule id, e.g. `sam2-checkpoints`. */
  id: string;
  /** Globs over addresses (`host/path`), case-insensitive; `*` crosses `/`. */
  match: string[];
  /** Addresses the rule does not cover although `match` does. */
  exclude?: string[];
  /** A catalog model id: the covered files are that model's weights, with its facts. */
  model?: string;
  /** Address backing the rule (the publisher's license statement, its list of downloads). */
  source: string;
}

export interface UrlsFile {
  urls: UrlRule[];
}
