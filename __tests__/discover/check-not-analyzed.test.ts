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

// A Go service that pulls an Ollama model by name, as ollama's own clients do: no scanner reads Go.
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
    expect(unanalyzedLanguage('cmd/server/main.go')).toBe('Go');
    expect(unanalyzedLanguage('src/lib.RS')).toBe('Rust');
    expect(unanalyzedLanguage('native/ops.cu')).toBe('C/C++');
    expect(unanalyzedLanguage('app/Main.kt')).toBe('Kotlin');
    expect(unanalyzedLanguage('app/main.py')).toBeUndefined();
    expect(unanalyzedLanguage('web/app.ts')).toBeUndefined();
    expect(unanalyzedLanguage('.go')).toBeUndefined(); // a dot file, not a Go file
    expect(unanalyzedLanguage('go/Makefile')).toBeUndefined();
    expect(unanalyzedLanguage('x.go/readme')).toBeUndefined();
  });

  it('counts them per language outside documentation and tests, and says so in every format', async () => {
    const root = tree({
      'cmd/server/main.go': GO_MAIN,
      'internal/llm/client.go': 'package llm\n',
      'internal/llm/client_test.go': 'package llm\n', // a test: not counted
      'docs/examples/pull.go': 'package examples\n', // documentation: not counted
      'native/kernel.cu': '// CUDA\n',
      'app/main.py': 'print("hello")\n',
    });
    const policy = await loadPolicy('default', { cwd: root, catalog });
    const report = await check({ root, policy, catalog });
    expect(report.models).toEqual([]);
    expect(report.not_analyzed).toEqual([
      { language: 'Go', files: 2, path: 'cmd/server/main.go' },
      { language: 'C/C++', files: 1, path: 'native/kernel.cu' },
    ]);
    expect(schemaValidator('report')(report)).toBe(true);

    const text = renderText(report, { color: false });
    expect(text).toMatch(/^No models found: no manifest entries and no model loaded in the code it analyses/m);
    expect(text).toMatch(
      /^Not analyzed: 2 Go files \(cmd\/server\/main\.go, \.\.\.\), 1 C\/C\+\+ file \(native\/kernel\.cu\) were read for Hugging Face addresses only .*declare it in models\.yaml, or add code that loads no model to scan\.ignore\.$/m,
    );
    expect(hasGaps(report, undefined)).toBe(true);
    expect(renderMarkdown(report, {})).toMatch(/Not everything was seen:\*\* 2 Go files/);
  });

  it('follows the advice: code added to scan.ignore is no longer counted', async () => {
    const root = tree({
      'cmd/server/main.go': GO_MAIN,
      'models.yaml': 'models: []\n',
      '.model-gate.yml': 'version: 1\nname: ours\nextends: [default]\nscan:\n  ignore: ["cmd/**"]\n',
    });
    const policy = await loadPolicy('.model-gate.yml', { cwd: root, catalog });
    const report = await check({ root, policy, catalog });
    expect(report.not_analyzed).toBeUndefined();
    expect(hasGaps(report, undefined)).toBe(false);
  });

  it('on a pull request, counts the changed files only', async () => {
    const root = tree({ 'a/main.go': GO_MAIN, 'b/util.go': 'package b\n', 'app/main.py': 'x = 1\n' });
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
      base: { ref: 'main', manifestText: null, changedFiles: ['b/util.go'] },
    });
    expect(touched.not_analyzed).toEqual([{ language: 'Go', files: 1, path: 'b/util.go' }]);
  });
});
