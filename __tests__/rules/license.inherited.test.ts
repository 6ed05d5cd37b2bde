import { describeRule, PIN } from '../helpers/rules.js';

describeRule('license.inherited', {
  policy: {},
  model: { id: 'acme/apache-labelled-llama', revision: PIN },
  message: /labelled apache-2\.0 but derives from meta-llama\/Meta-Llama-3-8B, whose Meta Llama 3 Community License \(llama3\) still binds it/,
});
