/**
 * The doubling test of issue 31: time a piece of work on inputs of size n, 2n
 * and 4n and bound how much each doubling costs. Linear work doubles its time,
 * quadratic work quadruples it; the bound (3×, averaged over the two doublings,
 * each time the median of a few runs) lets a loaded machine through and still
 * catches quadratic work. No wall-clock limit: only a ratio.
 */
import { performance } from 'node:perf_hooks';

/** What one doubling cost, and the times it was read from (reported). */
export interface Growth {
  readonly perDoubling: number;
  readonly millis: readonly number[];
}

const RUNS = 5;

/** How the time of `work(make(size))` grows as the size doubles twice from `size`. */
export function growthPerDoubling<T>(size: number, make: (size: number) => T, work: (input: T) => unknown): Growth {
  work(make(size)); // warm the JIT and every memo, so the first size is not charged for them
  const millis = [size, size * 2, size * 4].map((n) => medianMillis(make(n), work));
  return { perDoubling: Math.sqrt(millis[2] / millis[0]), millis };
}

function medianMillis<T>(input: T, work: (input: T) => unknown): number {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    work(input);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

/** The loose bound on one doubling: linear work stays well under it, quadratic work (4×) does not. */
export const MAX_PER_DOUBLING = 3;

/** A line for the test's output: the times measured and what one doubling cost. */
export function describeGrowth(what: string, growth: Growth): string {
  return `${what}: ${growth.millis.map((ms) => `${ms.toFixed(0)} ms`).join(' → ')} (×${growth.perDoubling.toFixed(2)} per doubling)`;
}
