import { describeRule, PIN } from '../helpers/rules.js';

describeRule('obligation.output-training', {
  policy: {},
  model: { id: 'meta-llama/Meta-Llama-3-8B', revision: PIN },
  message: /restricts training on outputs/,
});
