import { describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleId } from '../../src/core/types.js';
import { defaultSeverities, RULES } from '../../src/rules/index.js';

describe('the rule modules', () => {
  it('each rule has a test file, a description, help and a default severity; ids are unique', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(existsSync(join(process.cwd(), '__tests__', 'rules', `${r.meta.id}.test.ts`))).toBe(true);
      expect(r.meta.description.length).toBeGreaterThan(10);
      expect(r.meta.help.length).toBeGreaterThan(10);
      expect(['block', 'warn', 'off']).toContain(r.meta.defaultSeverity);
    }
  });

  it('RuleId is the union of the modules ids, not any string', () => {
    const known: RuleId = 'license.denied';
    // @ts-expect-error: not a rule of src/rules/ (tsc --noEmit fails here if RuleId widens to string)
    const unknown: RuleId = 'license.bogus';
    expect([known, unknown]).toHaveLength(2);
    expect(Object.keys(defaultSeverities())).toEqual(RULES.map((r) => r.meta.id));
  });
});
