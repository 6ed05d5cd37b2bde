import { describe, expect, it } from '@jest/globals';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { catalogChecks, rulesOf as rules } from '../helpers/catalog-checks.js';

/**
 * Among the Hub's most downloaded models are small task models (sentiment, NER, speech encoders, table QA) that code
 * loads by name. Each of these answers offline with the license label its own Hub page shows; its siblings, whose
 * cards were not read or show no label, stay unknown.
 */
const catalog = loadCatalog();
const now = new Date('2026-12-02T10:00:00Z');
const { run } = catalogChecks('version: 1\nextends: [default]\n', now);

describe("the Hub's most downloaded task models, offline", () => {
  it.each([
    ['cardiffnlp/twitter-roberta-base-sentiment-latest', 'cc-by-4.0', 'text-classification'],
    ['bhadresh-savani/distilbert-base-uncased-emotion', 'apache-2.0', 'text-classification'],
    ['urchade/gliner_medium-v2.1', 'apache-2.0', 'token-classification'],
    ['Babelscape/wikineural-multilingual-ner', 'cc-by-nc-sa-4.0', 'token-classification'],
    ['facebook/wav2vec2-base', 'apache-2.0', 'feature-extraction'],
    ['facebook/wav2vec2-large-xlsr-53', 'apache-2.0', 'feature-extraction'],
    ['facebook/wav2vec2-xls-r-300m', 'apache-2.0', 'feature-extraction'],
    ['microsoft/DialoGPT-small', 'mit', 'text-generation'],
    ['microsoft/DialoGPT-large', 'mit', 'text-generation'],
    ['emilyalsentzer/Bio_ClinicalBERT', 'mit', 'fill-mask'],
    ['dandelin/vilt-b32-finetuned-vqa', 'apache-2.0', 'visual-question-answering'],
    ['google/tapas-base-finetuned-wtq', 'apache-2.0', 'table-question-answering'],
    ['Falconsai/text_summarization', 'apache-2.0', 'summarization'],
    ['nlpaueb/legal-bert-base-uncased', 'cc-by-sa-4.0', 'fill-mask'],
    ['urchade/gliner_multi-v2.1', 'apache-2.0', 'token-classification'],
    ['joeddav/xlm-roberta-large-xnli', 'mit', 'zero-shot-classification'],
    ['elastic/distilbert-base-cased-finetuned-conll03-english', 'apache-2.0', 'token-classification'],
    ['elastic/distilbert-base-uncased-finetuned-conll03-english', 'apache-2.0', 'token-classification'],
    ['deepset/minilm-uncased-squad2', 'cc-by-4.0', 'question-answering'],
    ['protectai/deberta-v3-base-prompt-injection-v2', 'apache-2.0', 'text-classification'],
    ['protectai/deberta-v3-base-prompt-injection', 'apache-2.0', 'text-classification'],
    ['microsoft/BiomedNLP-BiomedBERT-base-uncased-abstract-fulltext', 'mit', 'fill-mask'],
    ['facebook/blenderbot-400M-distill', 'apache-2.0', 'text2text-generation'],
    ['Salesforce/codet5-small', 'apache-2.0', 'text2text-generation'],
    ['cerebras/Cerebras-GPT-111M', 'apache-2.0', 'text-generation'],
    ['jonatasgrosman/wav2vec2-xls-r-1b-english', 'apache-2.0', 'automatic-speech-recognition'],
    ['superb/wav2vec2-base-superb-er', 'apache-2.0', 'audio-classification'],
    ['ehcalabres/wav2vec2-lg-xlsr-en-speech-emotion-recognition', 'apache-2.0', 'audio-classification'],
    ['timm/mobilenetv3_large_100.ra_in1k', 'apache-2.0', 'image-classification'],
    ['facebook/deit-tiny-patch16-224', 'apache-2.0', 'image-classification'],
    ['facebook/dino-vits16', 'apache-2.0', 'image-feature-extraction'],
    ['Intel/zoedepth-nyu-kitti', 'mit', 'depth-estimation'],
    ['AdamCodd/vit-base-nsfw-detector', 'apache-2.0', 'image-classification'],
    ['dima806/facial_emotions_image_detection', 'apache-2.0', 'image-classification'],
  ])('%s: %s (%s), from a rule that names it', (id, license, task) => {
    const m = catalog.lookup(id)!;
    expect(m).toMatchObject({ match: 'family', model: { id, license, task } });
    expect(m.model.source).toMatch(/^https:\/\//);
    // As people type it: lower case, with the hf.co/ prefix.
    expect(catalog.lookup(`hf.co/${id.toLowerCase()}`)?.model.license).toBe(license);
  });

  it("one of the Hub's most downloaded models passes the default policy offline, no longer blocked as license.unknown", async () => {
    const m = await run('cardiffnlp/twitter-roberta-base-sentiment-latest');
    expect(m.license).toBe('cc-by-4.0');
    expect(rules(m)).not.toContain('license.unknown');
    expect(m.status).not.toBe('blocked');
  });

  it('a non-commercial label is enforced: WikiNEuRal is blocked by the default policy', async () => {
    const m = await run('Babelscape/wikineural-multilingual-ner');
    expect(m.status).toBe('blocked');
    expect(rules(m)).toContain('license.denied');
  });

  it('siblings no card was read for, or whose card shows no label, stay unknown', () => {
    for (const id of [
      'cardiffnlp/twitter-roberta-base-sentiment',
      'cardiffnlp/twitter-xlm-roberta-base-sentiment',
      'cardiffnlp/twitter-roberta-base-emotion',
      'urchade/gliner_medium-v2.5',
      'Babelscape/wikineural-multilingual-ner-v2',
      'facebook/wav2vec2-xls-r-1b',
      'facebook/wav2vec2-large',
      'microsoft/DialoGPT-xl',
      'emilyalsentzer/Bio_Discharge_Summary_BERT',
      'dandelin/vilt-b32-mlm',
      'google/tapas-large-finetuned-wtq',
      'Falconsai/medical_summarization',
      'nlpaueb/legal-bert-small-uncased',
      'facebook/encodec_24khz',
      'timm/mobilenetv3_small_100.lamb_in1k',
      'facebook/deit-small-patch16-224',
      'facebook/dino-vits8',
      'Intel/zoedepth-nyu',
      'dima806/face_emotions_image_detection',
      'cerebras/Cerebras-GPT-256M',
      'Salesforce/codet5-large',
      'protectai/deberta-v3-small-prompt-injection-v2',
      'joeddav/bart-large-mnli-yahoo-answers',
      'superb/hubert-large-superb-er',
      // Another owner's upload under the same name is not the original.
      'someone/Bio_ClinicalBERT',
    ]) {
      expect([id, catalog.lookup(id)]).toEqual([id, undefined]);
    }
  });
});
