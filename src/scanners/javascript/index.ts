import { defineScanner } from '../define.js';
import { outputOf } from '../common/output.js';
import { analyzeJs } from './analyze.js';
import { JS_TRIGGERS, jsMayHold } from './prefilter.js';

/**
 * The `<script>` blocks of an HTML page (or a Vue/Svelte component), everything else blanked to spaces with
 * line breaks kept, so that offsets stay offsets of the file. Linear: each search starts where the last ended.
 */
function scriptsOnly(text: string): string {
  const lower = text.toLowerCase();
  const parts: string[] = [];
  let pos = 0;
  let kept = 0;
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  for (;;) {
    const open = lower.indexOf('<script', pos);
    if (open === -1) break;
    const gt = lower.indexOf('>', open);
    if (gt === -1) break;
    const close = lower.indexOf('</script', gt + 1);
    const end = close === -1 ? text.length : close;
    parts.push(blank(text.slice(kept, gt + 1)), text.slice(gt + 1, end));
    kept = end;
    if (close === -1) break;
    pos = close + 8;
  }
  parts.push(blank(text.slice(kept)));
  return parts.join('');
}

const MARKUP_RE = /\.(?:html?|vue|svelte)$/i;

export const javascript = defineScanner({
  name: 'javascript',
  description:
    'JavaScript and TypeScript (and the scripts of HTML pages): transformers.js pipeline()/from_pretrained (npm or CDN imports), WebLLM engines and prebuilt ids (CreateMLCEngine("Llama-3.2-1B-Instruct-q4f16_1-MLC")), node-llama-cpp hf: URIs, @huggingface/inference and @huggingface/hub `model:`/`repo:` options, Ollama clients, LangChain.js, Vercel AI SDK providers and gateway, hosted SDKs (OpenAI, Anthropic, Bedrock, Gemini, watsonx).',
  fileMatch: [
    '**/*.js',
    '**/*.mjs',
    '**/*.cjs',
    '**/*.jsx',
    '**/*.ts',
    '**/*.mts',
    '**/*.cts',
    '**/*.tsx',
    '**/*.vue',
    '**/*.svelte',
    '**/*.html',
    '**/*.htm',
  ],
  triggers: JS_TRIGGERS,
  mayHold: jsMayHold,
  skip: (path) => /\.d\.[mc]?ts$|\.min\.[mc]?js$/i.test(path),
  analyze(content, path, ctx, budget) {
    const code = MARKUP_RE.test(path) ? scriptsOnly(content) : content;
    budget.tick(code.length);
    const { raw, uses } = analyzeJs(code, ctx, budget, path);
    return outputOf(content, path, 'javascript', raw, { uses });
  },
});
