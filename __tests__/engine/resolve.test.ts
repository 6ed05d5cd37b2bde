import { describe, expect, it } from '@jest/globals';
import type { HubLookup, ModelResolver } from '../../src/core/types.js';
import {
  FactResolver,
  MAX_LINEAGE_DEPTH,
  MAX_LINEAGE_LOOKUPS,
  MAX_LINEAGE_MODELS,
  type ResolveRequest,
} from '../../src/engine/resolve.js';
import { testCatalog } from '../helpers/catalog.js';
import { hubInfo, now, PIN, policyOf, run } from '../helpers/rules.js';
import { evaluate } from '../../src/engine/evaluate.js';

const catalog = testCatalog();

/** A Hub where every model `acme/n-<level>-<i>` is MIT and lists `width` base models on the next level. */
function wideHub(width: number): ModelResolver & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    resolve(id): Promise<HubLookup> {
      asked.push(id);
      const m = /^acme\/n-(\d+)-(\d+)$/.exec(id);
      const level = m ? Number(m[1]) : 0;
      const bases = Array.from(
        { length: width },
        (_, i) => `acme/n-${level + 1}-${(m ? Number(m[2]) : 0) * width + i}`,
      );
      return Promise.resolve(hubInfo(id, { license: 'mit', baseModels: bases }));
    },
  };
}

describe('lineage caps', () => {
  it(`follows at most ${MAX_LINEAGE_MODELS} base models of one model, then counts its terms as unknown, saying where it stopped`, async () => {
    const hub = wideHub(10);
    const facts = await new FactResolver(catalog, hub).resolve({ id: 'acme/n-0-0', kind: 'hub', revision: PIN });
    // The model itself, then MAX_LINEAGE_MODELS bases: not 10 + 100 + 1,000 + ... lookups.
    expect(hub.asked).toHaveLength(1 + MAX_LINEAGE_MODELS);
    expect(facts.lineage).toHaveLength(1 + MAX_LINEAGE_MODELS);
    expect(facts.lineageCut).toBe(true);
    expect(facts.notes).toContain(
      `lineage has more than ${MAX_LINEAGE_MODELS} base models: not followed past acme/n-2-22`,
    );
    const m = evaluate({
      subjects: [
        {
          facts,
          references: [],
          location: { path: 'models.yaml', line: 2 },
          entry: { id: 'acme/n-0-0', location: { path: 'models.yaml', line: 2 } },
        },
      ],
      policy: await policyOf({}),
      catalog,
      now,
    }).models[0];
    expect(m.findings.find((f) => f.rule === 'license.unknown')?.message).toBe(
      `No license could be established for acme/n-0-0: lineage has more than ${MAX_LINEAGE_MODELS} base models: not followed past acme/n-2-22`,
    );
    expect(m.status).toBe('blocked');
  });

  it(`stops after ${MAX_LINEAGE_DEPTH} levels, visibly`, async () => {
    const facts = await new FactResolver(catalog, wideHub(1)).resolve({ id: 'acme/n-0-0', kind: 'hub', revision: PIN });
    expect(facts.lineage).toHaveLength(1 + MAX_LINEAGE_DEPTH);
    expect(facts.notes).toContain(`lineage deeper than ${MAX_LINEAGE_DEPTH} levels: not followed past acme/n-5-0`);
    expect(facts.lineageCut).toBe(true);
  });

  it(`asks the Hub about at most ${MAX_LINEAGE_LOOKUPS} base models in a run, over every model`, async () => {
    const hub = wideHub(8);
    const resolver = new FactResolver(catalog, hub);
    const cut: string[] = [];
    for (let i = 0; i < 40; i++) {
      const f = await resolver.resolve({ id: `acme/n-0-${i}`, kind: 'hub', revision: PIN });
      if (f.notes.some((n) => n.startsWith(`more than ${MAX_LINEAGE_LOOKUPS} base models were looked up`)))
        cut.push(f.id);
    }
    expect(hub.asked.length).toBeLessThanOrEqual(40 + MAX_LINEAGE_LOOKUPS);
    expect(cut.length).toBeGreaterThan(0);
  });

  it('a short lineage is followed whole and binds the model to the most restrictive terms', async () => {
    const m = await run({ id: 'acme/apache-labelled-llama', revision: PIN }, await policyOf({}));
    expect(m.lineage?.map((s) => s.id)).toEqual(['acme/apache-labelled-llama', 'meta-llama/Meta-Llama-3-8B']);
    expect(m.license).toBe('llama3');
    expect(m.findings.map((f) => f.rule)).not.toContain('license.unknown');
  });
});

describe('resolveNow', () => {
  const requests: ResolveRequest[] = [
    { id: 'meta-llama/Llama-3.1-8B-Instruct', kind: 'hub', revision: PIN },
    { id: 'meta-llama/llama-3.1-8b-instruct', kind: 'hub' },
    { id: 'acme/llama-ft', kind: 'hub', manifestBase: 'meta-llama/Llama-3.1-8B-Instruct', manifestLicense: 'mit' },
    { id: 'acme/unknown', kind: 'hub', manifestLicense: 'apache-2.0' },
    { id: 'acme/nothing', kind: 'hub' },
    { id: 'llama3.1:8b', kind: 'ollama' },
    { id: './weights/model.safetensors', kind: 'local-file', manifestBase: 'meta-llama/Llama-3.1-8B-Instruct' },
    { id: 'https://example.com/model.bin', kind: 'url', manifestLicense: 'mit' },
  ];

  it('gives the facts at once, without a promise, when no Hub answer is waited for (offline)', async () => {
    for (const req of requests) {
      const now = new FactResolver(catalog, undefined).resolveNow(req);
      expect(now).not.toBeInstanceOf(Promise);
      expect(now).toEqual(await new FactResolver(catalog, undefined).resolve(req));
    }
  });

  it('waits for the Hub when it asks it, with the same lookups in the same order and the same facts as resolve', async () => {
    const hubOf = () => {
      const asked: string[] = [];
      const hub: ModelResolver = {
        resolve(id): Promise<HubLookup> {
          asked.push(id);
          return Promise.resolve(
            id.startsWith('acme/')
              ? hubInfo(id, { license: 'mit', baseModels: ['acme/base-of-' + id.slice(5)] })
              : hubInfo(id),
          );
        },
      };
      return { hub, asked };
    };
    const a = hubOf();
    const b = hubOf();
    const ra = new FactResolver(catalog, a.hub);
    const rb = new FactResolver(catalog, b.hub);
    const viaResolve = requests.map((r) => ra.resolve(r));
    const viaNow = requests.map((r) => rb.resolveNow(r));
    // the lookups each starts before its first wait are the same
    expect(b.asked).toEqual(a.asked);
    expect(viaNow.some((x) => x instanceof Promise)).toBe(true);
    expect(await Promise.all(viaNow.map((x) => Promise.resolve(x)))).toEqual(await Promise.all(viaResolve));
    expect(b.asked).toEqual(a.asked);
  });

  it('throws where resolve rejects', async () => {
    const broken = {
      lookup: () => {
        throw new Error('broken catalog');
      },
    } as unknown as typeof catalog;
    expect(() => new FactResolver(broken, undefined).resolveNow(requests[0])).toThrow('broken catalog');
    await expect(new FactResolver(broken, undefined).resolve(requests[0])).rejects.toThrow('broken catalog');
  });
});
