import type { ScanContext } from '../types.js';
import type { Budget } from '../limits.js';
import { defineScanner } from '../define.js';
import {
  type Classified,
  classifyModel,
  classifyOllama,
  audiocraftPretrained,
  isHubPrefixed,
  isModelIdKey,
  isModelishName,
  isModelLabelKey,
  knownHubString,
  LOCAL_OUTPUT_NAME_RE,
  type Strength,
  namesOllama,
  OLLAMA_WORD_RE,
} from '../common/ids.js';
import { jsonEntries, type JsonNode } from '../common/json-scan.js';
import { outputOf } from '../common/output.js';
import type { RawRef } from '../common/text.js';
import { endpointMode, serviceMode } from '../common/hosted.js';
import { classifyRoute, classifyServiceRoute, classifyValue, openClipWeights, type Mode } from '../common/values.js';
import { looksLikeYaml, parentKeyOf, yamlEvents, type YScalar } from '../common/yaml-lite.js';

/** Keys whose value is a model to load (training and serving configs: Axolotl, LLaMA-Factory, TRL, PEFT, Ray Serve LLM). */
const STRONG_KEYS = new Set([
  'base_model',
  'base_model_name_or_path',
  'model_name_or_path',
  'pretrained_model_name_or_path',
  'tokenizer_name_or_path',
  'tokenizer_name',
  'tokenizer_config',
  'base_model_config',
  '_name_or_path',
  'teacher_model_name_or_path',
  'ref_model_name_or_path',
  'reward_model_name_or_path',
  'adapter_name_or_path',
  'lora_model_dir', // Axolotl: a Hub id of an adapter, or a directory (filtered as a path)
  'hf_model_id',
  'hf_model',
  'model_source', // Ray Serve LLM model_loading_config
]);

/** Keys that hold a Hub id or a Hub address, or else a path or a URL elsewhere (read as weak). */
const URL_OR_PATH_KEYS = new Set([
  'modelurl',
  'model_url',
  'model-url',
  'model_path',
  'modelpath',
  'model-path',
  'model_uri',
  'modeluri',
  'storageuri',
  'storage_uri',
]);

/** Whether a key names a dataset (`dataset_path`, `datasetName`, `evals_dataset`, `TRAIN_DATASET`). */
function isDatasetKey(key: string): boolean {
  return /(?:^|[_-])datasets?(?:$|[_-])/.test(key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase());
}

/**
 * Keys naming where a training run writes its model (Axolotl's and LLaMA-Factory's `hub_model_id`, `output_dir`,
 * TRL's `push_to_hub_model_id`): the project's own repository or folder, never a model it loads.
 */
const OUTPUT_TARGET_KEYS = new Set([
  'hub_model_id',
  'push_to_hub_model_id',
  'hub_repo_id',
  'export_hub_model_id',
  'output_dir',
  'save_dir',
  'save_directory',
  'export_dir',
]);

const REVISION_KEYS = new Set(['revision', 'model_revision', 'revision_of_model', 'base_model_revision']);

/** Keys whose value says which backend serves the models of the same mapping (`provider: ollama`). */
const PROVIDER_KEYS =
  /^(?:provider|llm_provider|model_provider|embedding_provider|embedder_provider|type|backend|api_type|client|engine|platform|service|vendor|runtime|llm_type|kind|source)$/i;
/** PROVIDER_KEYS that say they name a provider, whose value may be a publisher's API too (`provider: mistral`). */
const EXPLICIT_PROVIDER_KEYS = /provider$|^api_type$/i;
const URL_KEYS = /(?:base_?url|api_?base|host|endpoint|url|server|address)$/i;
const OLLAMA_VALUE_RE = /^ollama(?:[_-]chat)?$/i;
const OLLAMA_URL_RE = /:11434\b|ollama/i;
/** Keys of a model's mapping that name it (`model: {name: org/x}`, `model: {source: hf://org/x}`). */
const MODEL_PART_KEYS = new Set([
  'name',
  'id',
  'source',
  'repo',
  'repository',
  'repo_id',
  'uri',
  'path',
  'name_or_path',
  'hub_id',
]);
/** Keys whose mapping describes one model. */
function isModelSection(key: string): boolean {
  return key === 'model' || /^model_(?:loading_)?config$/i.test(key) || isModelishName(key);
}

/**
 * Keys of a record of facts about a model (a provider's or an application's registry of models: RAGFlow's
 * `all_models.json`, `llm_factories.json`): its context length, output cap, types, other names, tags, prices. A
 * record holds two of them at least (a config that loads a model may say its `model_type`).
 */
const FACT_KEYS = new Set([
  'content_length',
  'context_length',
  'context_window',
  'max_tokens',
  'max_batch_size',
  'max_output',
  'max_output_tokens',
  'max_input_tokens',
  'model_type',
  'model_types',
  'alias',
  'aliases',
  'is_tools',
  'tags',
  'pricing',
  'input_price',
  'output_price',
  // a catalogue shown to users (HELM's model_metadata.yaml: display_name, description, release_date, num_parameters)
  'display_name',
  'release_date',
  'num_parameters',
]);
/** Keys that say a record fetches, serves or points at weights: such a record is no mere fact. */
const LOAD_KEYS = new Set([
  'url',
  'urls',
  'uri',
  'path',
  'source',
  'repo',
  'repo_id',
  'files',
  'file',
  'download',
  'parameters',
  'base_model',
  'revision',
  'endpoint',
  'endpoints',
  'quantization',
  'modelurl',
  'model_url',
]);
/** Keys that name the model of a record of facts (`{"name": "org/x", "max_tokens": 8192}`, `llm_name`, its aliases). */
const RECORD_NAME_KEYS = new Set(['name', 'id', 'llm_name', 'model', 'model_name', 'model_id', 'alias', 'aliases']);

/**
 * Keys that name a record of a registry of deployments (HELM's `model_deployments.yaml`, `tokenizer_configs.yaml`):
 * the registry's own labels, which other records refer to (`tokenizer_name: ai21/j2-tokenizer`), not loads.
 */
const REGISTRY_LABEL_KEYS = new Set(['name', 'model_name', 'tokenizer_name', 'deployment_name', 'model', 'id']);
/** A class a record configures (`client_spec: {class_name: helm.clients.openai_client.OpenAIClient, args: {...}}`). */
const CLASS_NAME_RE = /^(?:[A-Za-z_]\w*\.)*[A-Z]\w*$/;

/**
 * What the class that a record configures says its models are: the first word of its module path or its name that
 * names a service (`openai_client.OpenAIClient` → hosted:openai, `huggingface_tokenizer.HuggingFaceTokenizer` → hub,
 * `vertexai_client` → hosted:vertex-ai), or undefined (a class of the registry's own: a local tokenizer, a window).
 */
function classMode(cls: string): Mode | undefined {
  const words = cls
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
  for (let i = 0; i < words.length; i++) {
    const m =
      serviceMode(words[i], true) ?? (i + 1 < words.length ? serviceMode(words[i] + words[i + 1], true) : undefined);
    if (m) return m;
  }
  return undefined;
}

/** The keys of a model picker's option: what it shows and what it sends. */
const PICKER_KEYS = new Set(['label', 'name', 'value', 'id']);

/**
 * Records of a provider that list the models it offers (Flowise's `models.json`: `{"name": "groqChat", "models":
 * [{"label": "llama3-70b-8192", "name": "llama3-70b-8192"}]}`), by their group: what the provider's name says its
 * models are (`groqChat` → hosted:groq, `chatTogetherAI` → hosted:together, `chatHuggingFace` → hub), or undefined
 * when it names no service (a picker's options then load nothing).
 */
function providerPickers(
  list: readonly Entry[],
  containers: ReadonlyArray<{ key: string; group: number }>,
): Map<number, Mode | undefined> {
  const out = new Map<number, Mode | undefined>();
  const lists = new Set<number>();
  for (const c of containers) if (c.key.toLowerCase() === 'models') lists.add(c.group);
  if (!lists.size) return out;
  for (const e of list) {
    // (a node's name, one word in camelCase or with underscores: not a model id)
    if (e.item || e.key !== 'name' || !lists.has(e.group) || !/^[A-Za-z][A-Za-z0-9_]*$/.test(e.value.text)) continue;
    out.set(e.group, classMode(e.value.text));
  }
  // (the records whose models are objects with a label: a picker's options, not a list of ids to load)
  const labelled = new Set<number>();
  for (const e of list) if (!e.item && e.key === 'label' && out.has(e.parent)) labelled.add(e.parent);
  for (const group of out.keys()) if (!labelled.has(group)) out.delete(group);
  return out;
}

/** A record of a registry that configures a class to serve or tokenize its model. */
interface RegistryRecord {
  /** What its classes say its models are (a Hugging Face class first, then a hosted service's). */
  mode: Mode | undefined;
  /** Its class's arguments name the model (`args: {pretrained_model_name_or_path: org/x}`, `together_model:`). */
  loads: boolean;
  /** The key of its model's name: `model_name`, else `name`. */
  nameKey: string;
}

/**
 * The records of a registry of deployments: a mapping that holds a mapping naming a class (`client_spec:
 * {class_name: ...}`, `tokenizer_spec:`), by the group of the record.
 */
function registryRecords(list: readonly Entry[]): {
  records: Map<number, RegistryRecord>;
  hosted: Map<number, Mode>;
} {
  const specs = new Map<number, { record: number; mode: Mode | undefined }>();
  // a record is one of many, never the document itself (a training config's `trainer: {class_name: ...}`)
  const nested = new Set<number>();
  for (const e of list) if (e.parent !== -1) nested.add(e.group);
  for (const e of list) {
    if (e.key === 'class_name' && !e.item && e.parent !== -1 && CLASS_NAME_RE.test(e.value.text))
      specs.set(e.group, { record: e.parent, mode: classMode(e.value.text) });
  }
  const out = new Map<number, RegistryRecord>();
  // the specs of a hosted service's class, whose arguments name its models (`args: {together_model: org/x}`)
  const hosted = new Map<number, Mode>();
  if (!specs.size) return { records: out, hosted };
  for (const [spec, { record, mode }] of specs) {
    if (!nested.has(record)) continue;
    const r = out.get(record) ?? { mode: undefined, loads: false, nameKey: 'name' };
    if (mode?.startsWith('hosted:')) hosted.set(spec, mode);
    if (mode && (r.mode === undefined || (mode === 'hub' && r.mode !== 'hub'))) r.mode = mode;
    out.set(record, r);
  }
  for (const e of list) {
    const k = e.key.toLowerCase();
    const rec = out.get(e.group);
    if (rec && k === 'model_name') rec.nameKey = 'model_name';
    if (!keyStrength(e.key)) continue;
    // a model's key in a spec (`client_spec: {pretrained_model_name_or_path}`) or its arguments (`args:
    // {together_model: org/x}`): the class is told which model, the record's label is not it
    const spec = specs.get(e.group) ?? specs.get(e.parent);
    if (spec) {
      const r = out.get(spec.record);
      if (r) r.loads = true;
    }
  }
  return { records: out, hosted };
}

/**
 * Keys of a record of model settings by LiteLLM route (aider's `aider/resources/model-settings.yml` and a user's
 * `.aider.model.settings.yml`: `{name: openrouter/deepseek/deepseek-r1, edit_format: diff, weak_model_name: ...,
 * editor_model_name: ...}`): a record with `name` and one of them names its models as LiteLLM routes.
 */
const ROUTE_SETTINGS_KEYS = new Set(['edit_format', 'editor_edit_format', 'weak_model_name', 'editor_model_name']);
/** The keys of such a record that name a model by its route. */
const ROUTE_RECORD_KEYS = new Set(['name', 'weak_model_name', 'editor_model_name']);

/**
 * crewAI's agent records (`config/agents.yaml`: `researcher: {role: ..., goal: ..., backstory: ..., llm:
 * openai/gpt-4o}`): a mapping with the three keys crewAI's Agent requires, by bit. Its `llm:` and
 * `function_calling_llm:` name a LiteLLM route (crewAI's `LLM`), or else a method of the crew's class decorated with
 * `@llm` (`llm: local_llm`, no route), as crewAI's `map_all_agent_variables` reads them:
 * https://github.com/crewAIInc/crewAI/blob/f4731f5025f861c78e3af0487cc80bf5e7c64782/lib/crewai/src/crewai/project/crew_base.py#L663-L674
 */
const CREWAI_AGENT_KEYS: Readonly<Record<string, number>> = { role: 1, goal: 2, backstory: 4 };
const CREWAI_AGENT = 7;
const CREWAI_LLM_KEYS = new Set(['llm', 'function_calling_llm']);

/** List keys of the Ollama Helm chart (`ollama: models: pull: [llama3.2]`). */
const OLLAMA_LIST_KEYS = new Set(['models', 'pull', 'run', 'create']);

export const CONFIG_TRIGGERS = [
  'odel',
  'ODEL',
  'okenizer',
  'hf-hub:',
  'hf_hub:',
  'hf:', // hf://org/x, hf:org/x:Q4_K_M
  'heckpoint',
  'repo_id',
  'llama',
  '//pretrained/', // AudioCraft's Hub checkpoints (`continue_from: //pretrained/facebook/musicgen-small`)
  'backstory', // crewAI's agents (`llm: openai/gpt-4o` beside `role:`, `goal:`, `backstory:`)
] as const;

function keyStrength(key: string): Strength | undefined {
  const k = key.toLowerCase();
  if (STRONG_KEYS.has(k)) return 'strong';
  if (URL_OR_PATH_KEYS.has(k)) return 'weak';
  return isModelishName(key) ? 'weak' : undefined;
}

/** One value of a config file, with what its place says. */
interface Entry {
  key: string;
  value: YScalar;
  /** The mapping (object, section) holding the key, and the one holding that. */
  group: number;
  parent: number;
  /** An item of a list held by `key`. */
  item: boolean;
  /** A key above the value names Ollama (`ollama:`, `[ollama]`). */
  underOllama: boolean;
  /** A key above the value is LiteLLM's `litellm_params`. */
  underLitellm: boolean;
  /** The mapping holding the key is a model's (`model:`, `base_model:`, `model_loading_config:`). */
  inModel?: boolean;
}

/** Keys that name a provider record (`name: provider_1`) that other mappings refer to by that name. */
const PROVIDER_NAME_KEYS = new Set(['name', 'provider_name', 'alias']);

/**
 * Providers a file defines by name with the hosted server they send to: a mapping holding a name
 * (PROVIDER_NAME_KEYS) and a server address (URL_KEYS) of a hosted service other than OpenAI's, as NeMo Data
 * Designer's `model_providers` (`{name: provider_1, endpoint: https://openrouter.ai/api/v1, provider_type: openai}`).
 */
function namedProviders(list: readonly Entry[]): Map<string, Mode> {
  const names = new Map<number, string>();
  const servers = new Map<number, Mode>();
  for (const e of list) {
    if (e.value.dyn || e.item) continue;
    if (PROVIDER_NAME_KEYS.has(e.key.toLowerCase()) && e.value.text) names.set(e.group, e.value.text);
    else if (URL_KEYS.test(e.key)) {
      const mode = endpointMode(e.value.text);
      if (mode.startsWith('hosted:') && mode !== 'hosted:openai') servers.set(e.group, mode as Mode);
    }
  }
  const out = new Map<string, Mode>();
  for (const [group, name] of names) {
    const mode = servers.get(group);
    if (mode) out.set(name, mode);
  }
  return out;
}

/**
 * Keys of one mapping that name OpenCLIP's architecture and its pretrained tag (Stability's sgm and ldm configs:
 * `target: sgm.modules.encoders.modules.FrozenOpenCLIPEmbedder2`, `params: {arch: ViT-bigG-14, version:
 * laion2b_s39b_b160k}`, which the embedder hands to `open_clip.create_model_and_transforms(arch, pretrained=version)`).
 */
const OPEN_CLIP_ARCH_KEYS = new Set(['arch', 'model', 'model_name', 'clip_model', 'clip_model_name', 'clip_arch']);
const OPEN_CLIP_TAG_KEYS = new Set(['version', 'pretrained', 'clip_pretrained', 'pretrained_tag', 'clip_version']);

/** Keys of a JSON Schema's `if` whose one allowed value selects a service (`"name": {"enum": ["siliconflow"]}`). */
const SCHEMA_SELECTOR_KEYS = new Set(['name', 'id']);

/**
 * The branches of JSON Schema conditionals that a service selects (continue's `config_schema.json`: `{"if":
 * {"properties": {"provider": {"enum": ["siliconflow"]}}}, "then": {"properties": {"model": {"enum":
 * ["deepseek-ai/DeepSeek-R1", ...]}}}}`): the `then` object and every object in it, with the service, whose API the
 * listed ids name (its own model ids, as a `provider: siliconflow` mapping's). One linear pass over the containers.
 */
function schemaServices(list: readonly Entry[], nodes: readonly JsonNode[]): Map<number, Mode> {
  const out = new Map<number, Mode>();
  if (!nodes.some((n) => n.key === 'if' && !n.array)) return out;
  const byId = new Map<number, JsonNode>();
  for (const n of nodes) byId.set(n.id, n);
  // the `if` object a value constrains, through `properties` and the property's key: `if.properties.KEY.enum[0]`
  const selections = new Map<number, { key: string; values: string[] }>();
  for (const e of list) {
    if ((e.key !== 'enum' && e.key !== 'const') || e.value.dyn) continue;
    const prop = byId.get(e.group);
    const props = prop && byId.get(prop.parent);
    const cond = props && byId.get(props.parent);
    if (!prop?.key || props?.key !== 'properties' || cond?.key !== 'if' || cond.array) continue;
    const sel = selections.get(cond.id) ?? { key: prop.key, values: [] };
    if (sel.key === prop.key) sel.values.push(e.value.text);
    selections.set(cond.id, sel);
  }
  const chosen = new Map<number, Mode>(); // the object holding `if` → the service its one allowed value names
  for (const [cond, sel] of selections) {
    if (sel.values.length !== 1) continue;
    const k = sel.key;
    if (!PROVIDER_KEYS.test(k) && !SCHEMA_SELECTOR_KEYS.has(k.toLowerCase())) continue;
    const mode = serviceMode(sel.values[0], EXPLICIT_PROVIDER_KEYS.test(k));
    const holder = byId.get(cond)?.parent;
    if (mode?.startsWith('hosted:') && mode !== 'hosted:openai' && holder !== undefined) chosen.set(holder, mode);
  }
  if (!chosen.size) return out;
  // (a parent opens before its children: one pass hands a branch's service down)
  for (const n of nodes) {
    const mode = n.key === 'then' && !n.array && chosen.has(n.parent) ? chosen.get(n.parent) : out.get(n.parent);
    if (mode) out.set(n.id, mode);
  }
  return out;
}

class Collector {
  readonly raw: RawRef[] = [];
  readonly revisions = new Set<string>();
  strongCount = 0;
  /** The hosted service the mapping being read names (`provider: together`), while its entries are read. */
  private service: Mode | undefined;
  constructor(
    readonly ctx: ScanContext,
    readonly budget: Budget,
  ) {}

  /**
   * Reads the entries of one file (or one embedded document). `containers`: keys whose value is a list or a
   * mapping (`alias: []`, `pricing: {...}`, a section), with the group that holds them: they say what a record is.
   */
  entries(
    list: Entry[],
    containers: ReadonlyArray<{ key: string; group: number }> = [],
    scoped: ReadonlyMap<number, Mode> = new Map(),
    agents?: ReadonlySet<number>,
  ): void {
    // the mappings whose models an Ollama server serves: `provider: ollama`, `base_url: http://host:11434`
    const ollama = new Set<number>();
    // the mappings whose models a hosted service serves: `provider: openrouter`, `api_base: https://api.groq.com/...`
    // (not OpenAI: `provider: openai` is as often an OpenAI-compatible server of one's own)
    const hosted = new Map<number, Mode>();
    // providers defined by name in the file, with their server (NeMo Data Designer's `model_providers: [{name:
    // provider_1, endpoint: https://openrouter.ai/api/v1}]`): a `provider: provider_1` elsewhere names that service
    const named = namedProviders(list);
    for (const e of list) {
      if (e.value.dyn) continue;
      if (
        (PROVIDER_KEYS.test(e.key) && OLLAMA_VALUE_RE.test(e.value.text)) ||
        (URL_KEYS.test(e.key) && OLLAMA_URL_RE.test(e.value.text))
      )
        ollama.add(e.group);
      // (a provider the file defines by name is the one it defines, whatever its name says)
      const service =
        (EXPLICIT_PROVIDER_KEYS.test(e.key) ? named.get(e.value.text) : undefined) ??
        (PROVIDER_KEYS.test(e.key)
          ? serviceMode(e.value.text, EXPLICIT_PROVIDER_KEYS.test(e.key))
          : URL_KEYS.test(e.key)
            ? endpointMode(e.value.text)
            : undefined);
      if (service?.startsWith('hosted:') && service !== 'hosted:openai') hosted.set(e.group, service as Mode);
    }
    // a provider's list of the models it offers, a model picker's options (Flowise's `{"name": "groqChat", "models":
    // [{"label": ..., "name": ...}]}`): the provider's name says the service (hosted), else they are no load
    const pickers = providerPickers(list, containers);
    for (const [group, mode] of pickers)
      if (mode?.startsWith('hosted:') && mode !== 'hosted:openai' && !hosted.has(group)) hosted.set(group, mode);
    // records of facts about models (a registry: context lengths, output caps, types), which name models they
    // describe and load none: a fact key and no key that fetches, serves or points at weights
    const factKeys = new Map<number, string>(); // a group's first fact key
    const facts = new Set<number>(); // groups with two fact keys or more
    const loads = new Set<number>();
    const keyOfRecord = (key: string, group: number) => {
      const k = key.toLowerCase();
      if (FACT_KEYS.has(k)) {
        const first = factKeys.get(group);
        if (first === undefined) factKeys.set(group, k);
        else if (first !== k) facts.add(group);
      }
      if (LOAD_KEYS.has(k)) loads.add(group);
    };
    for (const e of list) keyOfRecord(e.key, e.group);
    for (const c of containers) keyOfRecord(c.key, c.group);
    const registry = registryRecords(list);
    // the mappings that hold a model's id (`model_id:`): a `model_name:` beside it is the model's display name
    const withId = new Set<number>();
    for (const e of list) if (!e.item && isModelIdKey(e.key)) withId.add(e.group);
    // records of model settings by LiteLLM route (aider's): their names are routes, and so are those of the other
    // records of the same list (`- name: gemini/gemma-3-27b-it` with `use_system_prompt: false` only)
    const settings = new Set<number>();
    const lists = new Set<number>();
    const withName = new Set<number>();
    for (const e of list)
      if (!e.item && e.key === 'name') withName.add(e.group);
      else if (!e.item && ROUTE_SETTINGS_KEYS.has(e.key)) {
        settings.add(e.group);
        lists.add(e.parent);
      }
    if (settings.size)
      for (const e of list) if (!e.item && e.key === 'name' && lists.has(e.parent)) settings.add(e.group);
    this.openClipPairs(list);
    for (const e of list) {
      this.budget.tick();
      if (e.value.dyn) continue;
      // a crewAI agent's model: a LiteLLM route, or the name of a method of the crew's (no route: nothing)
      if (!e.item && agents?.has(e.group) && CREWAI_LLM_KEYS.has(e.key)) {
        this.push(classifyRoute(e.value.text), e.value);
        continue;
      }
      if (!e.item && ROUTE_RECORD_KEYS.has(e.key) && settings.has(e.group) && withName.has(e.group)) {
        // `openrouter/x`, `bedrock/x`, `openai/my-finetune`, `gpt-4o`: hosted; `ollama_chat/x` Ollama's,
        // `huggingface/org/x` the Hub's; a name LiteLLM routes by no prefix we know is read as any other value
        const route = classifyRoute(e.value.text);
        if (route) {
          this.push(route, e.value);
          continue;
        }
      }
      if (facts.has(e.group) && !loads.has(e.group) && RECORD_NAME_KEYS.has(e.key.toLowerCase())) continue;
      if (pickers.has(e.parent) && pickers.get(e.parent) === undefined && PICKER_KEYS.has(e.key.toLowerCase()))
        continue;
      const record = registry.records.get(e.group);
      if (record && !e.item && REGISTRY_LABEL_KEYS.has(e.key.toLowerCase())) {
        this.registryLabel(e.key.toLowerCase(), e.value, record);
        continue;
      }
      if (!e.item && withId.has(e.group) && isModelLabelKey(e.key)) continue;
      if (e.underLitellm && e.key === 'model') {
        this.push(classifyRoute(e.value.text), e.value);
        continue;
      }
      const ollamaHere = e.underOllama || ollama.has(e.group) || ollama.has(e.parent);
      this.service = ollamaHere
        ? undefined
        : (hosted.get(e.group) ??
          hosted.get(e.parent) ??
          registry.hosted.get(e.group) ??
          registry.hosted.get(e.parent) ??
          scoped.get(e.group));
      if (e.item && e.underOllama && OLLAMA_LIST_KEYS.has(e.key)) {
        this.push(classifyOllama(e.value.text), e.value);
        continue;
      }
      // `ollama_model: llama3`, `OLLAMA_EMBEDDING_MODEL: nomic-embed-text`: named for an Ollama model
      if ((ollamaHere || namesOllama(e.key)) && isModelishName(e.key)) {
        this.push(classifyOllama(e.value.text), e.value);
        continue;
      }
      if (e.inModel && !e.item && MODEL_PART_KEYS.has(e.key.toLowerCase())) {
        // `model: {name: org/x}`: read like a model key, a local path or a plain name being nothing
        const name = e.key.toLowerCase();
        if (
          (name === 'path' || name === 'uri') &&
          LOCAL_OUTPUT_NAME_RE.test(e.value.text.slice(e.value.text.lastIndexOf('/') + 1))
        )
          continue;
        this.pushWeak(classifyModel(e.value.text, 'weak', this.ctx), e.value);
        continue;
      }
      this.keyed(e.key, e.value);
    }
    this.service = undefined;
  }

  /**
   * OpenCLIP's architecture and pretrained tag in one mapping (OPEN_CLIP_ARCH_KEYS, OPEN_CLIP_TAG_KEYS): the Hub
   * repository open_clip downloads for the pair, reported at the tag; a pair it does not publish names nothing.
   */
  private openClipPairs(list: readonly Entry[]): void {
    const archs = new Map<number, YScalar>();
    const tags = new Map<number, YScalar>();
    for (const e of list) {
      if (e.item || e.value.dyn) continue;
      const k = e.key.toLowerCase();
      if (OPEN_CLIP_ARCH_KEYS.has(k) && !archs.has(e.group)) archs.set(e.group, e.value);
      else if (OPEN_CLIP_TAG_KEYS.has(k) && !tags.has(e.group)) tags.set(e.group, e.value);
    }
    for (const [group, tag] of tags) {
      const arch = archs.get(group);
      const id = arch && openClipWeights(arch.text, tag.text);
      if (id) this.push({ id, kind: 'hub', shift: tag.text.indexOf(tag.text.trim()) }, tag);
    }
  }

  /**
   * A label of a registry's record (HELM's `name`, `model_name`, `tokenizer_name`), which the record's class
   * resolves: a Hugging Face class whose arguments name no weights loads the record's model name from the Hub (HELM's
   * HuggingFaceClient, HuggingFaceTokenizer); a hosted service's client sends it to that service (`openai/gpt-4o` to
   * OpenAI); any other label (the deployment's own name, a reference to another registry's record) loads nothing.
   */
  private registryLabel(key: string, s: YScalar, record: RegistryRecord): void {
    const { mode } = record;
    if (key !== record.nameKey || mode === undefined || record.loads) return;
    const v = s.text.trim();
    const slash = v.indexOf('/');
    if (mode === 'hub') {
      // `huggingface/NAME` is a route to the Hub (LiteLLM's spelling), a Hub id only after the prefix
      if (slash > 0 && v.slice(0, slash).toLowerCase() === 'huggingface') return this.push(classifyRoute(v), s);
      return this.push(classifyModel(v, 'weak', this.ctx), s);
    }
    if (mode === 'ollama') return this.push(classifyOllama(v), s);
    // `openai/gpt-4o` on OpenAI's client: the service's own name for the model
    const own = slash > 0 && serviceMode(v.slice(0, slash), true) === mode;
    const cl = classifyValue(own ? v.slice(slash + 1) : v, mode, 'strong', this.ctx);
    if (cl) this.push({ ...cl, shift: (cl.shift ?? 0) + s.text.indexOf(v) + (own ? slash + 1 : 0) }, s);
  }

  /**
   * A Hub model read from a value only named like one (a weak key, a catalog-known id): in a mapping that names a
   * hosted service (`provider: together`), that service's model; a service's route prefix (`groq/x`) the same.
   */
  private pushWeak(cl: Classified | undefined, s: YScalar): void {
    if (cl?.kind === 'hub' && this.service) {
      const hosted = classifyValue(s.text, this.service, 'strong', this.ctx);
      if (hosted) return this.push(hosted, s);
    }
    this.push(cl ?? classifyServiceRoute(s.text), s);
  }

  private push(
    cl: { id: string; kind: RawRef['kind']; shift?: number; provider?: string } | undefined,
    s: YScalar,
  ): void {
    if (!cl) return;
    const ref: RawRef = { id: cl.id, kind: cl.kind, offset: s.offset + (cl.shift ?? 0) };
    if (cl.provider) ref.provider = cl.provider;
    this.raw.push(ref);
  }

  keyed(key: string, s: YScalar): void {
    const pretrained = audiocraftPretrained(s.text);
    if (pretrained) return this.push({ id: pretrained.id, kind: 'hub', shift: pretrained.shift }, s);
    const k = key.toLowerCase();
    // where the project writes its own model (`hub_model_id: org/x`, `output_dir: org/x`): no model it loads
    if (OUTPUT_TARGET_KEYS.has(k)) return;
    if (REVISION_KEYS.has(k) && s.text) this.revisions.add(s.text);
    if (k === 'checkpoint_dir') return this.litgptCheckpoint(s);
    const strength = keyStrength(key);
    // a dataset's repository (lm-evaluation-harness's `dataset_path: meta-llama/Llama-3.1-8B-evals`), named like
    // the model whose evaluations it holds: no model
    if (!strength && isDatasetKey(key)) return;
    if (!strength) return this.any(s);
    if (URL_OR_PATH_KEYS.has(k) && /path$/i.test(k)) {
      // model_path: a Hub id, never a local run's output
      const name = s.text.slice(s.text.lastIndexOf('/') + 1);
      if (LOCAL_OUTPUT_NAME_RE.test(name)) return;
    }
    const cl = classifyModel(s.text, strength, this.ctx, { litellm: true });
    if (strength === 'weak') return this.pushWeak(cl, s);
    if (!cl) return;
    if (cl.kind === 'hub') this.strongCount++;
    this.push(cl, s);
  }

  /**
   * LitGPT's `checkpoint_dir: checkpoints/ORG/NAME`, where `litgpt download ORG/NAME` puts the Hub repository's
   * weights (its configs name their model only so): the repository, when the catalog knows it (another tool's
   * `checkpoints/run1/step100` is a run's output).
   */
  private litgptCheckpoint(s: YScalar): void {
    const m = /^checkpoints\/([\w.-]+\/[\w.-]+?)\/?$/.exec(s.text);
    if (m && knownHubString(this.ctx, m[1])) this.push({ id: m[1], kind: 'hub', shift: 'checkpoints/'.length }, s);
    else this.any(s);
  }

  /** Any other string value: `hf-hub:`/`hf://` ids and catalog-known ids. */
  any(s: YScalar): void {
    const v = s.text;
    const pretrained = audiocraftPretrained(v);
    if (pretrained) return this.push({ id: pretrained.id, kind: 'hub', shift: pretrained.shift }, s);
    if (isHubPrefixed(v)) this.push(classifyModel(v, 'strong', this.ctx), s);
    else if (v.includes('/') && knownHubString(this.ctx, v)) this.pushWeak({ id: v, kind: 'hub' }, s);
  }

  finish(): RawRef[] {
    if (this.revisions.size === 1 && this.strongCount === 1) {
      const [rev] = this.revisions;
      for (const r of this.raw) if (r.kind === 'hub') r.revision = rev;
    }
    return this.raw;
  }
}

/** Embedded documents (a ConfigMap's `config.yaml: |`) are read this deep. */
const MAX_EMBEDDED = 2;

function scanYaml(text: string, c: Collector, base = 0, level = 0): void {
  const events = yamlEvents(text, c.budget, base);
  const entries: Entry[] = [];
  const containers: Array<{ key: string; group: number }> = [];
  // open mappings by indent (for groups) and open sections (keys without a value) for what lies above
  const open: Array<{ indent: number; group: number; parent: number }> = [];
  const sections: Array<{ indent: number; key: string; ollama: boolean; litellm: boolean }> = [];
  // the keys of crewAI's agents each mapping holds (CREWAI_AGENT_KEYS), by group
  const agentKeys = new Map<number, number>();
  let groups = 0;
  for (let i = 0; i < events.length; i++) {
    c.budget.tick();
    const ev = events[i];
    while (
      open.length &&
      (open[open.length - 1].indent > ev.indent || (ev.item && open[open.length - 1].indent >= ev.indent))
    )
      open.pop();
    while (sections.length && sections[sections.length - 1].indent >= ev.indent) sections.pop();
    let top = open[open.length - 1];
    if (!top || top.indent !== ev.indent) {
      top = { indent: ev.indent, group: groups++, parent: open[open.length - 1]?.group ?? -1 };
      open.push(top);
    }
    const above = sections[sections.length - 1];
    const place = {
      group: top.group,
      parent: top.parent,
      underOllama: above?.ollama ?? false,
      underLitellm: above?.litellm ?? false,
      inModel: above !== undefined && above.indent < ev.indent && isModelSection(above.key),
    };
    // a key whose value is a list or a mapping (flow or block, empty or not) says what its record is
    if (ev.key !== undefined && !ev.value && !ev.block) containers.push({ key: ev.key, group: top.group });
    const agentBit =
      ev.key !== undefined && !ev.item && Object.hasOwn(CREWAI_AGENT_KEYS, ev.key) ? CREWAI_AGENT_KEYS[ev.key] : 0;
    if (agentBit) agentKeys.set(top.group, (agentKeys.get(top.group) ?? 0) | agentBit);
    if (ev.key !== undefined && ev.value) entries.push({ key: ev.key, value: ev.value, item: false, ...place });
    else if (ev.key !== undefined && ev.flow)
      for (const s of ev.flow) entries.push({ key: ev.key, value: s, item: true, ...place });
    else if (ev.item && ev.key === undefined && ev.value) {
      const parent = parentKeyOf(events, i);
      if (parent !== undefined) entries.push({ key: parent, value: ev.value, item: true, ...place });
      else c.any(ev.value);
    } else if (ev.flow) for (const s of ev.flow) c.any(s);
    if (ev.block && level < MAX_EMBEDDED) {
      const body = text.slice(ev.block.start - base, ev.block.end - base);
      // JSON under a key named for models (chat-ui's `MODELS: >` [{"id": "org/x"}]) describes models
      if (/^\s*[[{]/.test(body.slice(0, 64)))
        scanJson(body, c, ev.block.start, ev.key !== undefined && isModelSection(ev.key));
      else if (looksLikeYaml(body)) scanYaml(body, c, ev.block.start, level + 1);
    }
    if (ev.key !== undefined && !ev.value && !ev.flow && !ev.block) {
      sections.push({
        indent: ev.indent,
        key: ev.key,
        ollama: (above?.ollama ?? false) || namesOllama(ev.key),
        litellm: (above?.litellm ?? false) || ev.key === 'litellm_params',
      });
    }
  }
  const agents = new Set<number>();
  for (const [group, bits] of agentKeys) if (bits === CREWAI_AGENT) agents.add(group);
  c.entries(entries, containers, undefined, agents);
}

/** JSON text; `models`: the text is held by a key named for models, its top objects (or the items of its top array) describe one each. */
function scanJson(text: string, c: Collector, base = 0, models = false): void {
  const entries: Entry[] = [];
  const containers: Array<{ key: string; object: number }> = [];
  const nodes: JsonNode[] = [];
  for (const e of jsonEntries(text, c.budget, base, [OLLAMA_WORD_RE, /^litellm_params$/], containers, nodes)) {
    // catalog-known ids in any value; keyed ones are read by their key
    entries.push({
      key: e.key,
      value: e.value,
      group: e.object,
      parent: e.parent,
      item: e.item,
      underOllama: (e.marks & 1) !== 0,
      underLitellm: (e.marks & 2) !== 0,
      inModel: models && e.depth <= 2,
    });
  }
  c.entries(
    entries,
    containers.map((x) => ({ key: x.key, group: x.object })),
    schemaServices(entries, nodes),
  );
}

/**
 * TOML and INI: `[section]` headers, `key = value` (INI also `key: value`), values quoted or plain, TOML arrays
 * of strings on one line. Each section is one mapping; a section named like Ollama (`[ollama]`) is under Ollama.
 */
function scanSections(text: string, c: Collector, ini: boolean): void {
  const entries: Entry[] = [];
  let group = 0;
  let underOllama = false;
  let pos = 0;
  while (pos <= text.length) {
    c.budget.tick();
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(pos, end);
    const start = pos;
    pos = end + 1;
    let col = 0;
    while (col < line.length && (line[col] === ' ' || line[col] === '\t')) col++;
    const ch = line[col];
    if (ch === undefined || ch === '#' || ch === ';' || ch === '\r') {
      if (nl === -1) break;
      continue;
    }
    if (ch === '[') {
      const close = line.indexOf(']', col);
      const name = line.slice(col + 1, close === -1 ? line.length : close).replace(/^\[/, '');
      group++;
      underOllama = namesOllama(name);
      if (nl === -1) break;
      continue;
    }
    // key
    let k = col;
    const quoted = ch === '"' || ch === "'";
    if (quoted) k = line.indexOf(ch, col + 1);
    let sep = -1;
    for (let j = quoted ? k + 1 : col; j >= 0 && j < line.length; j++) {
      const x = line[j];
      if (x === '=' || (ini && x === ':')) {
        sep = j;
        break;
      }
      if (x === '#' || x === ';') break;
    }
    if (sep === -1 || k === -1) {
      if (nl === -1) break;
      continue;
    }
    const key = quoted ? line.slice(col + 1, k) : line.slice(col, sep).trim();
    let v = sep + 1;
    while (v < line.length && (line[v] === ' ' || line[v] === '\t')) v++;
    const place = { group, parent: -1, underOllama, underLitellm: false };
    for (const s of sectionValues(line, v, start, ini)) entries.push({ key, value: s.value, item: s.item, ...place });
    if (nl === -1) break;
  }
  c.entries(entries);
}

/** The string values of a TOML/INI line from `at`: a quoted string, an array of them, or a plain word. */
function sectionValues(
  line: string,
  at: number,
  lineStart: number,
  ini: boolean,
): Array<{ value: YScalar; item: boolean }> {
  const out: Array<{ value: YScalar; item: boolean }> = [];
  const quote = (i: number): { value: YScalar; next: number } | undefined => {
    const q = line[i];
    const close = line.indexOf(q, i + 1);
    if (close === -1) return undefined;
    return { value: { text: line.slice(i + 1, close), offset: lineStart + i + 1 }, next: close + 1 };
  };
  const c = line[at];
  if (c === '"' || c === "'") {
    const s = quote(at);
    if (s) out.push({ value: s.value, item: false });
  } else if (c === '[') {
    for (let i = at + 1; i < line.length && line[i] !== ']' && out.length < 256; i++) {
      if (line[i] !== '"' && line[i] !== "'") continue;
      const s = quote(i);
      if (!s) break;
      out.push({ value: s.value, item: true });
      i = s.next - 1;
    }
  } else if (ini && c !== undefined) {
    let end = line.length;
    for (let j = at; j < line.length; j++) {
      if ((line[j] === '#' || line[j] === ';') && (j === at || line[j - 1] === ' ' || line[j - 1] === '\t')) {
        end = j;
        break;
      }
    }
    const text = line.slice(at, end).trim();
    if (text && !/\s/.test(text)) out.push({ value: { text, offset: lineStart + at }, item: false });
  }
  return out;
}

/** The references of YAML text read as a configuration (the YAML code blocks of a document). */
export function analyzeConfigYaml(text: string, ctx: ScanContext, budget: Budget): RawRef[] {
  const c = new Collector(ctx, budget);
  scanYaml(text, c);
  return c.finish();
}

const LOCK_RE = /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|composer\.lock|Cargo\.lock|poetry\.lock)$/i;

export const config = defineScanner({
  name: 'config',
  description:
    'Configuration files (YAML, JSON, TOML, INI; Helm values and templates): training and serving configs (Axolotl base_model, model_name_or_path, LitGPT checkpoint_dir, tokenizer_name, PEFT base_model_name_or_path, Ray Serve model_source, KServe hf:// URIs, modelURL), model-named keys, Ollama models of `provider: ollama` sections and of the Ollama Helm chart, LiteLLM routes, configs embedded in block scalars.',
  fileMatch: [
    '**/*.yml',
    '**/*.yaml',
    '**/templates/*.tpl',
    '**/*.json',
    '**/*.jsonc',
    '**/*.json5',
    '**/*.toml',
    '**/*.ini',
    '**/*.cfg',
  ],
  triggers: CONFIG_TRIGGERS,
  skip: (path) => LOCK_RE.test(path),
  analyze(content, path, ctx, budget) {
    const c = new Collector(ctx, budget);
    if (/\.ya?ml$|\.tpl$/i.test(path)) scanYaml(content, c);
    else if (/\.toml$/i.test(path)) scanSections(content, c, false);
    else if (/\.(?:ini|cfg)$/i.test(path)) scanSections(content, c, true);
    else scanJson(content, c);
    return outputOf(content, path, 'config', c.finish());
  },
});
