import { describeRule, PIN } from '../helpers/rules.js';

describeRule('provenance.unsafe-format', {
  policy: {},
  model: { id: 'google-t5/t5-base', revision: PIN },
  message: /ships its weights only in pickle formats \(\.bin\)/,
});
