// A generated history: `runs` runs of the shipped matrix's baselined variants, with known steps: wasm3's FFT
// on the F446RE gets 8% more instructions from run `runs/2` on (exact), the host's native FFT 30% slower wall
// time from run 2*runs/3 on, under +-4% noise (deterministic). Tags every 100 runs, a baseline refresh every 150.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './project.js';
import type { HistoryEntry } from '../../src/history/store.js';

export const STEPPED_EXACT = 'nucleo_f446re/bare-metal/wasm3/fft@emulated';
export const STEPPED_NOISY = 'host/linux/native/fft@host';

type Baseline = { variants: Record<string, { metrics: Record<string, { value: number; unit: string }> }> };

export function generatedHistory(runs: number): HistoryEntry[] {
  const variants = readdirSync(join(ROOT, 'baselines'), { recursive: true }).map(String).filter((f) => f.endsWith('.json'))
    .flatMap((f) => Object.entries((JSON.parse(readFileSync(join(ROOT, 'baselines', f), 'utf8')) as Baseline).variants));
  let seed = 7;
  const noise = () => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return (seed / 2 ** 31 - 0.5) * 0.08; };
  return Array.from({ length: runs }, (_, i) => ({
    schemaVersion: 1 as const,
    commit: (i * 2654435761 % 2 ** 32).toString(16).padStart(8, '0').repeat(5),
    date: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
    ...(i > 0 && i % 100 === 0 ? { tag: `v0.${i / 100}.0`, event: 'release' as const } : i > 0 && i % 150 === 0 ? { event: 'baselines' as const } : {}),
    run: `https://github.example/o/r/actions/runs/${1000 + i}`,
    variants: Object.fromEntries(variants.map(([id, v]) => [id, {
      status: 'ok',
      metrics: Object.fromEntries(Object.entries(v.metrics).map(([k, m]) => {
        let value = m.value;
        if (id === STEPPED_EXACT && k === 'instructions' && i >= runs / 2) value = Math.round(value * 1.08);
        if (id.endsWith('@host') && k === 'ns') value *= 1 + noise() + (id === STEPPED_NOISY && i >= (2 * runs) / 3 ? 0.3 : 0);
        return [k, { value, unit: m.unit }];
      })),
    }])),
  }));
}
