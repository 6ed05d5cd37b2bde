import type { AllowLayer, LicenseCategory, Policy } from '../core/types.js';

/** Whether one allow layer allows a license. */
export function layerAllows(layer: AllowLayer, id: string, category: LicenseCategory): boolean {
  return !!layer.allow?.includes(id) || !!layer.allow_categories?.includes(category);
}

/** The first allow layer that does not allow the license, or undefined when every layer allows it. */
export function rejectingLayer(policy: Policy, id: string, category: LicenseCategory): AllowLayer | undefined {
  return policy.licenses.allow_layers.find((l) => !layerAllows(l, id, category));
}
