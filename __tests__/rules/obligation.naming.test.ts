import { describeRule, PIN } from '../helpers/rules.js';

describeRule('obligation.naming', {
  policy: {},
  model: { id: 'meta-llama/Llama-3.1-8B-Instruct', revision: PIN },
  message: /dictates derivative names: Derivative model names must begin with "Llama"/,
});
