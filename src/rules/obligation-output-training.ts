import { defineRule, type RuleResult } from './types.js';

/** obligation.output-training: the license restricts training other models on outputs. */
export const obligationOutputTraining = defineRule({
  meta: {
    id: 'obligation.output-training',
    description: "The license restricts using the model's outputs to train other models.",
    help: "Do not use the model's outputs to train or improve other models beyond what the license allows.",
    defaultSeverity: 'warn',
  },
  evaluate({ terms }): RuleResult[] {
    if (!terms?.output_training) return [];
    return [{ message: `${terms.name} restricts training on outputs: ${terms.output_training}` }];
  },
});
