import { describe, expect, it } from '@jest/globals';
import { describeRule, PIN, policyOf, run } from '../helpers/rules.js';

describeRule('provenance.unsafe-format', {
  policy: {},
  model: { id: 'google-t5/t5-base', revision: PIN },
  message: /ships its weights only in pickle formats \(\.bin\)/,
});

describe('provenance.unsafe-format on a file outside the Hub', () => {
  // openai-whisper's `whisper.load_model("base.en")` downloads this file (its `_MODELS` table); the catalog's
  // openai-whisper-checkpoints rule answers it
  const url =
    'https://openaipublic.azureedge.net/main/whisper/models/25a8566e1d0c1e2231d1c762132cd20e0f96a85d16145c3a00adf5d1ac670ead/base.en.pt';

  it('names the file and says how an exception covers a loader that runs no code', async () => {
    const m = await run({ id: url, declared: false, packagePinned: true }, await policyOf({}));
    const f = m.findings.find((x) => x.rule === 'provenance.unsafe-format')!;
    expect(f).toMatchObject({ severity: 'block', path: 'app/main.py', line: 7 });
    expect(f.message).toBe(`${url} is a pickle file (.pt), which can run code when loaded`);
    expect(f.help).toMatch(/request an exception for this file/);
    expect(f.help).toMatch(/torch\.load\(weights_only=True\)/);
  });

  it('is waived by an exception that names the file', async () => {
    const exc = {
      models: [url],
      rules: ['provenance.unsafe-format'],
      reason: 'openai-whisper>=20250625 loads it with torch.load(weights_only=True)',
      expires: '2027-01-31',
      approved_by: '@acme/security',
    };
    const m = await run({ id: url, declared: false, packagePinned: true }, await policyOf({ exceptions: [exc] }));
    expect(m.findings.find((x) => x.rule === 'provenance.unsafe-format')).toMatchObject({ waived: true });
  });
});
