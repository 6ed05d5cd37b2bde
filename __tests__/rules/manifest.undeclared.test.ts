import { describeRule } from '../helpers/rules.js';

describeRule('manifest.undeclared', {
  policy: {},
  model: { id: 'mistralai/Mistral-7B-Instruct-v0.3', declared: false },
  message: /app\/main\.py:7 loads mistralai\/Mistral-7B-Instruct-v0\.3, which models\.yaml does not declare/,
  path: 'app/main.py',
  line: 7,
});
