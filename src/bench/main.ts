import { benchEvaluate } from './evaluate.js';
import { benchHub } from './hub.js';
import { benchInventory } from './inventory.js';
import { benchScan } from './scan.js';

/** `npm run bench`: every benchmark, each reported as a ratio against a baseline measured in the same run. */
export async function runBenchmarks(log: (s: string) => void): Promise<void> {
  const only = process.env.MODEL_GATE_BENCH?.split(',').map((s) => s.trim());
  const want = (name: string) => !only || only.includes(name);
  if (want('evaluate')) await benchEvaluate(log);
  if (want('hub')) await benchHub(log);
  if (want('scan')) await benchScan(log);
  if (want('inventory')) await benchInventory(log);
}

void runBenchmarks((s) => process.stdout.write(s + "\n"));
