/**
 * Command lines that code runs (`subprocess.run(["ollama", "pull", MODEL])`, `spawn("ollama", ["pull", m])`,
 * Modal's `run_commands("huggingface-cli download org/x")`): which word names the model they fetch or serve.
 * The Python and JavaScript analyses give the words, as an argument list or a command string split at spaces;
 * the shell scanner reads whole scripts itself (src/scanners/shell).
 */

/** How the model word of a command is read: an Ollama library name, or a Hub repository. */
export type CommandMode = 'ollama' | 'hub';

interface CommandTool {
  /** The sub-commands that take a model. */
  subs: ReadonlySet<string>;
  mode: CommandMode;
  /** Flags that take the next word as their value (the model is the first other word). */
  valueFlags: ReadonlySet<string>;
}

/** Flags taking a value, of `huggingface-cli download` / `hf download` (the shell scanner reads them too). */
export const DOWNLOAD_VALUE_FLAGS: ReadonlySet<string> = new Set([
  '--repo-type',
  '--revision',
  '--local-dir',
  '--cache-dir',
  '--include',
  '--exclude',
  '--token',
  '--max-workers',
  '--local-dir-use-symlinks',
]);

const HF_DOWNLOAD: CommandTool = { subs: new Set(['download']), mode: 'hub', valueFlags: DOWNLOAD_VALUE_FLAGS };

const TOOLS: ReadonlyMap<string, CommandTool> = new Map([
  ['ollama', { subs: new Set(['pull', 'run']), mode: 'ollama', valueFlags: new Set(['--format', '--keepalive']) }],
  ['huggingface-cli', HF_DOWNLOAD],
  ['hf', HF_DOWNLOAD],
  ['vllm', { subs: new Set(['serve']), mode: 'hub', valueFlags: new Set(['--config']) }],
  // torchtune: `tune download REPO --output-dir DIR [--hf-token T] [--ignore-patterns P] [--source huggingface]`
  [
    'tune',
    {
      subs: new Set(['download']),
      mode: 'hub',
      valueFlags: new Set(['--output-dir', '--output_dir', '--hf-token', '--ignore-patterns', '--source']),
    },
  ],
  // LitGPT: `litgpt download|chat|serve|generate|finetune*|evaluate REPO` (a Hub repository, or a local folder)
  [
    'litgpt',
    {
      subs: new Set([
        'download',
        'chat',
        'serve',
        'generate',
        'evaluate',
        'finetune',
        'finetune_lora',
        'finetune_full',
        'finetune_adapter',
        'finetune_adapter_v2',
      ]),
      mode: 'hub',
      valueFlags: new Set(['--access_token', '--checkpoint_dir', '--out_dir', '--config', '--data', '--devices']),
    },
  ],
]);

/** The program's name without its folder (`/usr/local/bin/ollama` → `ollama`). */
function program(word: string): string {
  return word.slice(word.lastIndexOf('/') + 1);
}

/** One of TOOLS followed by a space or a tab: a text without one holds no command line (most strings). */
const TOOL_HINT_RE = new RegExp(`(?:${[...TOOLS.keys()].map((t) => t.replace(/[-.]/g, '\\$&')).join('|')})[ \\t]`);

/** Whether a text may hold a command line this module reads (a cheap test before `looksLikeCommand`). */
export function mayHoldCommand(text: string): boolean {
  return TOOL_HINT_RE.test(text);
}

/** Whether a word starts a command this module reads (`ollama`, `huggingface-cli`, `hf`, `vllm`). */
export function isCommandTool(word: string | undefined): boolean {
  return word !== undefined && TOOLS.has(program(word));
}

/** Whether a string is a command line this module reads: its first word a tool, its second a sub-command of it. */
export function looksLikeCommand(text: string): boolean {
  const m = /^\s*(\S+)[ \t]+(\S+)/.exec(text);
  return !!m && TOOLS.get(program(m[1]))?.subs.has(m[2]) === true;
}

/**
 * The word of a command that names its model, and how it reads: `ollama pull|run NAME`, `huggingface-cli|hf
 * download REPO` (not with `--repo-type dataset|space`), `vllm serve MODEL`, `tune download REPO`, `litgpt
 * download|chat|finetune_lora... REPO`. `words` are the command's words as
 * written; an undefined word is one the code computes (a variable), which may be the model. Undefined when the
 * command names none.
 */
export function commandModel(
  words: ReadonlyArray<string | undefined>,
): { index: number; mode: CommandMode } | undefined {
  const tool = words[0] === undefined ? undefined : TOOLS.get(program(words[0]));
  const sub = words[1];
  if (!tool || sub === undefined || !tool.subs.has(sub)) return undefined;
  let model = -1;
  for (let i = 2; i < words.length; i++) {
    const w = words[i];
    if (w === undefined || !w.startsWith('-')) {
      if (model < 0) model = i;
      continue;
    }
    const eq = w.indexOf('=');
    const flag = eq < 0 ? w : w.slice(0, eq);
    const value = eq < 0 ? words[i + 1] : w.slice(eq + 1);
    if (flag === '--repo-type' && (value === 'dataset' || value === 'space')) return undefined;
    if (eq < 0 && tool.valueFlags.has(flag)) i++;
  }
  return model < 0 ? undefined : { index: model, mode: tool.mode };
}

/** A command string's words and where each starts in it (split at spaces and tabs). */
export function commandWords(text: string): { words: string[]; starts: number[] } {
  const words: string[] = [];
  const starts: number[] = [];
  for (const m of text.matchAll(/[^\s]+/g)) {
    words.push(m[0]);
    starts.push(m.index ?? 0);
    // (a command's model is among its first words: a long string is not split further)
    if (words.length >= 32) break;
  }
  return { words, starts };
}
