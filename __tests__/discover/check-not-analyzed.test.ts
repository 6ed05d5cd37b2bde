import { afterAll, describe, expect, it } from '@jest/globals';
import { schemaValidator } from '../../src/core/validate.js';
import { unanalyzedLanguage } from '../../src/discover/languages.js';
import { check } from '../../src/engine/check.js';
import { loadPolicy } from '../../src/policy/load.js';
import { hasGaps, renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { testCatalog } from '../helpers/catalog.js';
import { tmpTree } from '../helpers/tmp.js';

const catalog = testCatalog();
const trees: Array<{ remove: () => void }> = [];
afterAll(() => trees.forEach((t) => t.remove()));

function tree(files: Record<string, string>): string {
  const t = tmpTree(files);
  trees.push(t);
  return t.dir;
}

// A C++ program that loads a model by its Hub id through llama.cpp's downloader: no scanner reads C++.
const CPP_MAIN = `#include "common.h"

int main(int argc, char ** argv) {
    common_params params;
    params.model.hf_repo = "Qwen/Qwen2.5-0.5B-Instruct-GGUF";
    return run(params);
}
`;

// A Go service that pulls an Ollama model by name, as ollama's own clients do: the native scanner reads it.
const GO_MAIN = `package main

import (
\t"context"
\t"github.com/ollama/ollama/api"
)

func main() {
\tclient, _ := api.ClientFromEnvironment()
\treq := &api.GenerateRequest{Model: "llama3.2", Prompt: "hi"}
\t_ = client.Generate(context.Background(), req, nil)
}
`;

describe('code no scanner analyses is never an "all clear"', () => {
  it('knows the languages by extension, in any case', () => {
    expect(unanalyzedLanguage('src/server.cpp')).toBe('C/C++');
    expect(unanalyzedLanguage('lib/Tokenizer.RB')).toBe('Ruby');
    expect(unanalyzedLanguage('native/ops.cu')).toBe('C/C++');
    expect(unanalyzedLanguage('app/Main.scala')).toBe('Scala');
    // read by the native scanner
    for (const p of ['cmd/server/main.go', 'src/lib.RS', 'app/Main.kt', 'App.swift', 'Main.java', 'Program.cs'])
      expect(unanalyzedLanguage(p)).toBeUndefined();
    expect(unanalyzedLanguage('app/main.py')).toBeUndefined();
    expect(unanalyzedLanguage('web/app.ts')).toBeUndefined();
    expect(unanalyzedLanguage('.rb')).toBeUndefined(); // a dot file, not a Ruby file
    expect(unanalyzedLanguage('rb/Makefile')).toBeUndefined();
    expect(unanalyzedLanguage('x.rb/readme')).toBeUndefined();
  });

  it('counts them per language outside documentation and tests, and says so in every format', async () => {
    const root = tree({
      'src/server.cpp': CPP_MAIN,
      'src/llm/client.cpp': '// client\n',
      'src/llm/client_test.cpp': '// a test\n', // a test: not counted
      'docs/examples/pull.cpp': '// docs\n', // documentation: not counted
      'lib/tokenize.rb': '# Ruby\n',
      'app/main.py': 'print("hello")\n',
    });
    const policy = await loadPolicy('default', { cwd: root, catalog });
    const report = await check({ root, policy, catalog });
    expect(report.models).toEqual([]);
    expect(report.not_analyzed).toEqual([
      { language: 'C/C++', files: 2, path: 'src/llm/client.cpp' },
      { language: 'Ruby', files: 1, path: 'lib/tokenize.rb' },
    ]);
    expect(schemaValidator('report')(report)).toBe(true);

    const text = renderText(report, { color: false });
    expect(text).toMatch(/^No models found: no manifest entries and no model loaded in the code it analyses/m);
    expect(text).toMatch(
      /^Not analyzed: 2 C\/C\+\+ files \(src\/llm\/client\.cpp, \.\.\.\), 1 Ruby file \(lib\/tokenize\.rb\) were read for Hugging Face addresses only .*declare it in models\.yaml, or add code that loads no model to scan\.ignore\.$/m,
    );
    expect(hasGaps(report, undefined)).toBe(true);
    expect(renderMarkdown(report, {})).toMatch(/Not everything was seen:\*\* 2 C\/C\+\+ files/);
  });

  it('follows the advice: code added to scan.ignore is no longer counted', async () => {
    const root = tree({
      'src/server.cpp': CPP_MAIN,
      'models.yaml': 'models: []\n',
      '.model-gate.yml': 'version: 1\nname: ours\nextends: [default]\nscan:\n  ignore: ["src/**"]\n',
    });
    const policy = await loadPolicy('.model-gate.yml', { cwd: root, catalog });
    const report = await check({ root, policy, catalog });
    expect(report.not_analyzed).toBeUndefined();
    expect(hasGaps(report, undefined)).toBe(false);
  });

  it('on a pull request, counts the changed files only', async () => {
    const root = tree({ 'a/main.cpp': CPP_MAIN, 'b/util.cpp': '// util\n', 'app/main.py': 'x = 1\n' });
    const policy = await loadPolicy('default', { cwd: root, catalog });
    const report = await check({
      root,
      policy,
      catalog,
      base: { ref: 'main', manifestText: null, changedFiles: ['app/main.py'] },
    });
    expect(report.not_analyzed).toBeUndefined();
    const touched = await check({
      root,
      policy,
      catalog,
      base: { ref: 'main', manifestText: null, changedFiles: ['b/util.cpp'] },
    });
    expect(touched.not_analyzed).toEqual([{ language: 'C/C++', files: 1, path: 'b/util.cpp' }]);
  });

  it('analyses Go, Rust, Swift, Kotlin, Java and C#: a model they load is found, their tests are mentions', async () => {
    const root = tree({
      'cmd/server/main.go': GO_MAIN,
      'cmd/server/main_test.go': GO_MAIN.replace('llama3.2', 'qwen3:8b'), // a Go test: a mention
      'app/src/test/java/ChatTest.java':
        'class ChatTest { void t() { OllamaChatModel.builder().modelName("phi3").build(); } }\n',
      'models.yaml': 'models: []\n',
    });
    const policy = await loadPolicy('default', { cwd: root, catalog });
    const report = await check({ root, policy, catalog });
    expect(report.not_analyzed).toBeUndefined();
    expect(report.models.map((m) => [m.id, m.locations])).toEqual([
      ['ollama:llama3.2', [{ path: 'cmd/server/main.go', line: 10 }]],
    ]);
    expect((report.mentions ?? []).map((m) => [m.id, m.path])).toEqual([
      ['ollama:phi3', 'app/src/test/java/ChatTest.java'],
      ['ollama:qwen3:8b', 'cmd/server/main_test.go'],
    ]);
  });
});
