import { describe, expect, it } from '@jest/globals';
import { renderMarkdown } from '../../src/report/markdown.js';
import { finding, makeReport, model } from '../action/reports.js';

const opts = { marker: '<!-- model-gate:model-gate -->', today: new Date('2026-11-28T12:00:00Z') };

/** The Why cell of the row of `id`. */
function why(md: string, id: string): string {
  const row = md.split('\n').find((l) => l.startsWith('|') && l.includes(id.replace('://', ':\u200d//')));
  return row?.split(' | ').at(-1)?.replace(/ \|$/, '') ?? '';
}

describe('the Why column of a model referenced by its address', () => {
  const URL =
    'https://openaipublic.azureedge.net/main/whisper/models/d3dd57d32accea0b295c96e26691aa14d8822fac7d9d27d5dc00b4ca2826dd03/tiny.en.pt';

  it('names the weight file by its file name, not by the address the Model column shows', () => {
    const md = renderMarkdown(
      makeReport([
        model({
          id: URL,
          kind: 'url',
          status: 'blocked',
          license: 'mit',
          declared: false,
          findings: [
            finding({
              rule: 'provenance.unsafe-format',
              message: `${URL} is a pickle file (.pt), which can run code when loaded`,
            }),
          ],
        }),
      ]),
      opts,
    );
    expect(why(md, URL)).toBe('tiny.en.pt is a pickle file (.pt), which can run code when loaded');
  });

  it('keeps the message of a model named by a Hub id', () => {
    const md = renderMarkdown(
      makeReport([
        model({
          status: 'blocked',
          findings: [finding({ message: 'meta-llama/Llama-3.1-8B-Instruct is not declared in models.yaml' })],
        }),
      ]),
      opts,
    );
    expect(why(md, 'meta-llama/Llama-3.1-8B-Instruct')).toBe(
      'meta-llama/Llama-3.1-8B-Instruct is not declared in models.yaml',
    );
  });
});
