/**
 * `npm run bench`: times the ingest over all seeds (read, interpret, resolve units), and
 * each reader alone. Prints medians and 95th percentiles over repeated runs after a warm-up.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus } from 'node:os';
import { ingest, SEEDS_DIR } from '../server/ingest/index.ts';
import { loadManifest } from '../server/ingest/manifest.ts';
import { FORMATS } from '../server/ingest/readers/index.ts';

function time(label: string, runs: number, body: () => unknown): void {
  for (let i = 0; i < 5; i++) body(); // warm-up: JIT and caches
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    body();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!.toFixed(2);
  console.log(`${label.padEnd(44)} median ${at(0.5).padStart(7)} ms   p95 ${at(0.95).padStart(7)} ms   (${runs} runs)`);
}

console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`);
const cold = performance.now();
ingest();
console.log(`${'ingest, all five seeds, first run (cold)'.padEnd(44)} ${(performance.now() - cold).toFixed(2)} ms`);
time('ingest, all five seeds (warm)', 50, () => ingest());
for (const seed of loadManifest(SEEDS_DIR).seeds) {
  const text = readFileSync(join(SEEDS_DIR, seed.file), 'utf8');
  time(`  reader ${seed.format} ${seed.file}`, 100, () => FORMATS[seed.format]!(text, seed.file));
}
