import { describeRule, PIN } from '../helpers/rules.js';

describeRule('obligation.attribution', {
  policy: {},
  model: { id: 'meta-llama/Llama-3.1-8B-Instruct', revision: PIN },
  message: /requires attribution: Display "Built with Llama"/,
});
