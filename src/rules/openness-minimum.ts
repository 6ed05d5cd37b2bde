import { OPENNESS_LEVELS } from '../core/types.js';
import { defineRule, type RuleResult } from './types.js';

/** openness.minimum: the model is less open than the policy requires. */
export const opennessMinimum = defineRule({
  meta: {
    id: 'openness.minimum',
    description:
      'The model is less open than openness.minimum (open-weights, or open-source as the OSI Open Source AI Definition has it).',
    help: 'Use a model that meets the required openness (for open-source: weights, code and training-data information under OSI-approved terms).',
    defaultSeverity: 'block',
  },
  evaluate({ policy, model }): RuleResult[] {
    const min = policy.openness.minimum;
    if (!min) return [];
    const have = model.facts.openness;
    if (!have) {
      return [{ message: `The openness of ${model.facts.id} could not be established; the policy requires ${min}` }];
    }
    if (OPENNESS_LEVELS.indexOf(have) >= OPENNESS_LEVELS.indexOf(min)) return [];
    const why =
      min === 'open-source'
        ? ' (the OSI Open Source AI Definition needs open weights, code and training-data information)'
        : '';
    return [{ message: `${model.facts.id} is ${have}; the policy requires ${min}${why}` }];
  },
});
