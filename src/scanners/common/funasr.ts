import { table } from './table.js';

/**
 * FunASR's short model names (`AutoModel(model="paraformer-zh")`, `python -m funasr ++model=paraformer-zh
 * ++vad_model=fsmn-vad`) → the ModelScope repository FunASR downloads for each from its default hub (`hub="ms"`):
 * its `name_maps_ms`, https://github.com/modelscope/FunASR/blob/main/funasr/download/name_maps_from_hub.py. Names
 * are matched exactly, as FunASR looks them up.
 */
const FUNASR_NAMES: Readonly<Record<string, string>> = table({
  paraformer: 'iic/speech_paraformer-large_asr_nat-zh-cn-16k-common-vocab8404-pytorch',
  'paraformer-zh': 'iic/speech_seaco_paraformer_large_asr_nat-zh-cn-16k-common-vocab8404-pytorch',
  'paraformer-en': 'iic/speech_paraformer-large-vad-punc_asr_nat-en-16k-common-vocab10020',
  'paraformer-en-spk': 'iic/speech_paraformer-large-vad-punc_asr_nat-en-16k-common-vocab10020',
  'paraformer-zh-streaming': 'iic/speech_paraformer-large_asr_nat-zh-cn-16k-common-vocab8404-online',
  'fsmn-vad': 'iic/speech_fsmn_vad_zh-cn-16k-common-pytorch',
  'ct-punc': 'iic/punc_ct-transformer_cn-en-common-vocab471067-large',
  'ct-punc-c': 'iic/punc_ct-transformer_zh-cn-common-vocab272727-pytorch',
  'fa-zh': 'iic/speech_timestamp_prediction-v1-16k-offline',
  'cam++': 'iic/speech_campplus_sv_zh-cn_16k-common',
  'Whisper-large-v2': 'iic/speech_whisper-large_asr_multilingual',
  'Whisper-large-v3': 'iic/Whisper-large-v3',
  'Qwen-Audio': 'Qwen/Qwen-Audio',
});

/** The ModelScope id FunASR downloads for one of its short names (`fsmn-vad`), else undefined. */
export function funasrModel(name: string): string | undefined {
  return FUNASR_NAMES[name];
}
