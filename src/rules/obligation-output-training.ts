import type { Rule } from './types.js';
import { docsUrl } from './types.js';

/** obligation.output-training: the license restricts training other models on outputs. */
export const obligationOutputTraining: Rule = {
  meta: {
    id: 'obligation.output-training',
    description: "The license restricts using the model's outputs to train other models.",
    help: "Do not use the model's outputs to train or improve other models beyond what the license allows.",
    docs: { url: docsUrl('obligation.output-training') },
    defaultSeverity: 'warn',
  },
  evaluate({ terms }) {
    if (!terms?.output_training) return [];
    return [{ message: `${terms.name} restricts training on outputs: ${terms.output_training}` }];
  },
};
