import { performance } from 'node:perf_hooks';

// Medians of a few runs: benchmarks compare two paths measured side by side in one process,
// so a slow machine slows both and the ratio stays meaningful.

export async function medianMs(
  runs: number,
  task: () => Promise<unknown> | unknown,
): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await task();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? Number.NaN;
}

export type Row = Readonly<{ name: string; value: number; baseline: number; unit: string }>;

export function printRows(rows: readonly Row[]): void {
  console.log('');
  console.log(
    'benchmark'.padEnd(52) + 'yishi'.padStart(12) + 'baseline'.padStart(12) + 'ratio'.padStart(9),
  );
  for (const row of rows) {
    const ratio = row.value / row.baseline;
    console.log(
      row.name.padEnd(52) +
        `${row.value.toFixed(1)} ${row.unit}`.padStart(12) +
        `${row.baseline.toFixed(1)} ${row.unit}`.padStart(12) +
        `${ratio.toFixed(2)}x`.padStart(9),
    );
  }
}
