import { describeRule, PIN } from '../helpers/rules.js';

describeRule('use.user-cap', {
  policy: { use: { monthly_active_users: 800_000_000 } },
  model: { id: 'meta-llama/Llama-3.1-8B-Instruct', revision: PIN },
  message:
    /^Llama 3\.1 Community License Agreement caps use at 700,000,000 monthly active users; the policy declares 800,000,000$/,
});
