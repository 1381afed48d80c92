/** Length of the longest run of consecutive integers among `locations` (word indices, any order). */
export function longestRun(locations: number[]): number {
  const sorted = [...new Set(locations)].sort((a, b) => a - b);
  let best = 0;
  let run = 0;
  let previous = Number.NaN;
  for (const location of sorted) {
    run = location === previous + 1 ? run + 1 : 1;
    best = Math.max(best, run);
    previous = location;
  }
  return best;
}
