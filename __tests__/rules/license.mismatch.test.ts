import { describeRule, PIN } from '../helpers/rules.js';

describeRule('license.mismatch', {
  policy: {},
  model: { id: 'meta-llama/Llama-3.1-8B-Instruct', revision: PIN, license: 'apache-2.0' },
  message:
    /License sources disagree for meta-llama\/Llama-3\.1-8B-Instruct \(manifest: apache-2\.0, catalog: llama3\.1\)/,
});
