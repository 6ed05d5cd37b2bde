import type { PipelineLibrary, PipelineTasks } from '../catalog/rules.js';
import type { ModelReference } from '../core/types.js';

/** What a scanner may ask while extracting: catalog knowledge and its limits, nothing else. */
export interface ScanContext {
  /** True when the catalog knows this id (or alias), compared case-insensitively. */
  isKnownModel(id: string): boolean;
  /**
   * What a library's `pipeline(task)` loads when named no model: its task defaults and aliases (the catalog's
   * pipelines.yml, `Catalog.pipelineTasks`). Without it, a `pipeline(task)` given no model reports nothing.
   */
  pipelineTasks?(library: PipelineLibrary): PipelineTasks | undefined;
  /**
   * Wall-clock milliseconds one scanner may spend on one file (default `DEFAULT_TIME_BUDGET_MS`). Past it the
   * scanner stops and throws a `ScanBudgetError`: the file is reported as not scanned, never dropped.
   */
  timeBudgetMs?: number;
  /**
   * References one scanner returns for one file (default `DEFAULT_MAX_REFERENCES`). Past it the scanner throws
   * a `ReferenceCapError` that carries the first ones and the count.
   */
  maxReferencesPerFile?: number;
}

/**
 * How a value reaches a model parameter, which says how to read it: a Hub id (`hub`), a sentence-transformers
 * name (`st`, where a bare name means `sentence-transformers/NAME`), an Ollama name (`ollama`), or a library's own
 * name for a checkpoint the Hub publishes: a faster-whisper size (`faster-whisper`: `small` →
 * `Systran/faster-whisper-small`), an OpenAI Whisper size (`whisper`), a Coqui TTS name (`coqui`), an Ultralytics
 * weights file (`ultralytics`: `yolov8n.pt`), an OpenAI CLIP name (`clip`: `ViT-B/32`), a GPT4All model file
 * (`gpt4all`: `Meta-Llama-3-8B-Instruct.Q4_0.gguf`, downloaded from gpt4all.io). A value set elsewhere (an
 * environment variable) can be read by any of them.
 */
export const VALUE_MODES = [
  'hub',
  'st',
  'ollama',
  'faster-whisper',
  'whisper',
  'coqui',
  'musicgen',
  'audiocraft',
  'ultralytics',
  'clip',
  'keras-hub',
  'gemma',
  'kaggle',
  'llama-index-embed',
  'gpt4all',
  'spacy',
] as const;
export type ValueMode = (typeof VALUE_MODES)[number];

/**
 * How a value reaches a model parameter, in full: a value mode, a LiteLLM route (`route`: `groq/x`, `ollama/x`)
 * or a hosted API (`hosted:openai`), whose model ids are services, not Hub repositories.
 */
export type ReadMode = ValueMode | 'route' | `hosted:${string}`;

/** An environment variable set in a file (`.env`, compose `environment:`, Dockerfile `ENV`, Kubernetes `env:`). */
export interface EnvDefinition {
  name: string;
  value: string;
  path: string;
  line: number;
  column: number;
  scanner: string;
}

/** An environment variable read by code whose value reaches a model parameter (`ChatOllama(model=os.getenv("X"))`). */
export interface EnvUse {
  /** Variable name, compared case-insensitively (pydantic settings are). */
  name: string;
  mode: ValueMode;
  path: string;
  line: number;
}

/** An Ollama model built locally from a Modelfile (`ollama create NAME -f FILE`). */
export interface LocalOllamaModel {
  /** `ollama:NAME` (normalised as Ollama ids are). */
  id: string;
  /** The Modelfile, as written. */
  modelfile: string;
  path: string;
  line: number;
}

/**
 * A field of a class with a default, written in a Python module (`local_llm: str = Field(default="llama3.2")` in
 * `class Configuration`, `LOCAL_LLM = "gemma2:9b"` in `class Config: class Model:`), for the code of other
 * modules that reads it. One per string value the default may take.
 */
export interface FieldDefinition {
  /** The class that declares the field, as other modules import it: the outermost class, or a module-level instance of it (`settings = Settings()`). */
  owner: string;
  name: string;
  value: string;
  path: string;
  line: number;
  column: number;
  scanner: string;
}

/**
 * An attribute read by code whose value reaches a model parameter (`ChatOllama(model=configurable.local_llm)`),
 * of an object of a class the module imports (`from pkg.configuration import Configuration`, and
 * `configurable = Configuration.from_runnable_config(config)` or `def f(configurable: Configuration)`).
 */
export interface FieldUse {
  name: string;
  /** The imported names the object may be an instance of (or is), with the module each is imported from as written (`pkg.configuration`, `.config`). */
  owners: Array<{ name: string; module: string }>;
  mode: ReadMode;
  strength: 'strong' | 'weak';
  path: string;
  line: number;
}

/**
 * A class that a Python module defines under the name of a hosted API's class (`class ChatOpenAI:` of a project's
 * own `llm_provider/openai_llm.py`): code importing it from that module calls the project's class, not the library's.
 */
export interface ClassDefinition {
  name: string;
  path: string;
  /**
   * The hosted service its constructor's server parameter defaults to (`base_url: str =
   * "https://integrate.api.nvidia.com/v1"` → `hosted:nvidia-nim`): the models given to it go there.
   */
  server?: string;
  /**
   * It wraps the client of the service the library's class of its name talks to: its module imports that service's
   * SDK (`from groq import AsyncGroq` beside `class ChatGroq`) and it defaults to no other server. The values given
   * to it are read as the library's (`ChatGroq(model="meta-llama/llama-4-scout-17b-16e-instruct")` is Groq's).
   */
  wraps?: boolean;
}

/**
 * A value given to a hosted API's class imported from a module that may be the project's own (`from llm_provider
 * import ChatOpenAI`, then `ChatOpenAI(model="nvidia/llama-3.3-nemotron-super-49b-v1.5")`): the hosted reference
 * read there stands only if no module of the project by that name defines the class (ClassDefinition).
 */
export interface ClassUse {
  /** The class, and the module it is imported from as written (`llm_provider`, `.openai_llm`). */
  name: string;
  module: string;
  /** The value, where it is written. */
  value: string;
  path: string;
  line: number;
  column: number;
}

/** What one file tells about others: joined across files by `applyFacts`. */
export interface ScanFacts {
  env?: EnvDefinition[];
  uses?: EnvUse[];
  localOllama?: LocalOllamaModel[];
  fields?: FieldDefinition[];
  fieldUses?: FieldUse[];
  classes?: ClassDefinition[];
  classUses?: ClassUse[];
}

/** What a scanner found in one file. */
export interface ScanOutput {
  references: ModelReference[];
  facts?: ScanFacts;
}

/**
 * One scanner per ecosystem, as Renovate's managers: it declares which files it reads and
 * extracts references with line numbers from one file's text. Pure: no I/O.
 */
export interface Scanner {
  /** Short name: python, javascript, shell, modelfile, config, http, url. */
  name: string;
  /** One line on what it finds. */
  description: string;
  /** Its section in docs/scanners.md. */
  url: string;
  /** picomatch globs over repository paths (POSIX, relative, matched with { dot: true, nocase: true }). */
  fileMatch: string[];
  /**
   * The references of one file. Throws a `ScanLimitError` when the file is over a limit (time, work,
   * references); `runScanner` turns that into a visible "not scanned" reason.
   */
  extract(content: string, path: string, ctx: ScanContext): ModelReference[];
  /** `extract`, with what the file tells about others (environment variables set and read). */
  scan(content: string, path: string, ctx: ScanContext): ScanOutput;
  /**
   * Optional pre-filter: ASCII substrings (case-sensitive) one of which a file must contain for `extract`
   * to find anything in it. Lets the driver skip files without decoding or parsing them. `extract` applies
   * the same test itself, so skipping is never a change of result.
   */
  triggers?: readonly string[];
  /**
   * Optional exact pre-filter on a file's text, finer than `triggers` and cheap (no lexing): false only when
   * `scan` would find no reference and no fact in it, except class field defaults (`facts.fields`) when
   * `mayHoldSkipsFields` is set. Those matter only when another file reads the field into a model parameter:
   * the driver scans such a file in full then (see `fieldReaders`). Never wrong in the "no" direction.
   */
  mayHold?: (content: string, path: string, ctx: ScanContext) => boolean;
  /** `mayHold` may be false for a file that defines class fields (see `mayHold`). */
  mayHoldSkipsFields?: boolean;
}
