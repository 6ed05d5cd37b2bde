import { describeRule, PIN } from '../helpers/rules.js';

describeRule('provenance.untrusted-publisher', {
  policy: { provenance: { trusted_publishers: ['meta-llama'] } },
  model: { id: 'mistralai/Mistral-7B-Instruct-v0.3', revision: PIN },
  message: /published by "mistralai", who is not among the trusted publishers \(meta-llama\)/,
});
