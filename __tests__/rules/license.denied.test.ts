import { describeRule, PIN } from '../helpers/rules.js';

describeRule('license.denied', {
  policy: { licenses: { deny: ['cc-by-nc-4.0'] } },
  model: { id: 'facebook/musicgen-small', revision: PIN },
  message:
    /Creative Commons Attribution-NonCommercial 4\.0 \(cc-by-nc-4\.0\) is denied by the policy \(licenses\.deny\)/,
});
