import { describe, expect, it } from '@jest/globals';
import { urlPublisher } from '../../src/engine/resolve.js';

describe('urlPublisher', () => {
  it('is the owner of a GitHub repository for its release, raw and media addresses, else the host', () => {
    expect(
      urlPublisher('https://github.com/xinntao/facexlib/releases/download/v0.1.0/detection_Resnet50_Final.pth'),
    ).toBe('xinntao');
    expect(urlPublisher('https://github.com/opencv/opencv_zoo/raw/main/models/face_detection_yunet/yunet.onnx')).toBe(
      'opencv',
    );
    expect(
      urlPublisher('https://raw.githubusercontent.com/microsoft/VibeVoice/main/demo/voices/en-Carter_man.pt'),
    ).toBe('microsoft');
    expect(urlPublisher('https://media.githubusercontent.com/media/acme/models/main/w.onnx')).toBe('acme');
    expect(urlPublisher('https://storage.googleapis.com/sfr-vision-language-research/BLIP/models/model_base.pth')).toBe(
      'storage.googleapis.com',
    );
    expect(urlPublisher('https://github.com/acme')).toBe('github.com');
    expect(urlPublisher('not a url')).toBeUndefined();
  });
});
