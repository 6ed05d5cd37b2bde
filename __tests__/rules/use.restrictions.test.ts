import { describeRule, PIN } from '../helpers/rules.js';

describeRule('use.restrictions', {
  policy: {},
  model: { id: 'meta-llama/Llama-3.1-8B-Instruct', revision: PIN },
  message: /acceptable-use policy: https:\/\/llama\.meta\.com\/llama3_1\/use-policy/,
});
