// How the benchmarks and audits compute and write their figures, one way for all of them.

/** The value at quantile `q` (0.5 for the median, 0.99 for p99) of times sorted ascending, by the nearest rank below; 0 when there are none. */
export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/** Milliseconds to one decimal place, always shown: "5.0". */
export const ms1 = (n: number) => n.toLocaleString("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
