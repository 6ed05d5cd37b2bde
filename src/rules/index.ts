import type { RuleId, Severity } from '../core/types.js';
import { exceptionExpired } from './exception-expired.js';
import { licenseDenied } from './license-denied.js';
import { licenseInherited } from './license-inherited.js';
import { licenseMismatch } from './license-mismatch.js';
import { licenseNotAllowed } from './license-not-allowed.js';
import { licenseUnknown } from './license-unknown.js';
import { manifestUndeclared } from './manifest-undeclared.js';
import { obligationAttribution } from './obligation-attribution.js';
import { obligationNaming } from './obligation-naming.js';
import { obligationOutputTraining } from './obligation-output-training.js';
import { opennessMinimum } from './openness-minimum.js';
import { provenanceRevisionNotFound } from './provenance-revision-not-found.js';
import { provenanceUnpinned } from './provenance-unpinned.js';
import { provenanceUnsafeFormat } from './provenance-unsafe-format.js';
import { provenanceUntrustedPublisher } from './provenance-untrusted-publisher.js';
import type { Rule } from './types.js';
import { useCommercial } from './use-commercial.js';
import { useRegion } from './use-region.js';
import { useRestrictions } from './use-restrictions.js';
import { useUserCap } from './use-user-cap.js';

/** Every rule, in the order of the contract's table. */
export const RULES: readonly Rule[] = [
  licenseDenied,
  licenseNotAllowed,
  licenseUnknown,
  licenseMismatch,
  licenseInherited,
  useCommercial,
  useUserCap,
  useRegion,
  useRestrictions,
  obligationAttribution,
  obligationNaming,
  obligationOutputTraining,
  opennessMinimum,
  provenanceUnpinned,
  provenanceUntrustedPublisher,
  provenanceUnsafeFormat,
  provenanceRevisionNotFound,
  manifestUndeclared,
  exceptionExpired,
];

export function defaultSeverities(): Record<RuleId, Severity> {
  return Object.fromEntries(RULES.map((r) => [r.meta.id, r.meta.defaultSeverity])) as Record<RuleId, Severity>;
}

export type { Rule, RuleContext, RuleResult, SubjectModel } from './types.js';
