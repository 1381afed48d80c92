/** Length of the longest run of consecutive integers among `locations` (word indices, any order). */
export function longestRun(locations: number[]): number {
  const sorted = [...new Set(locations)].sort((a, b) => a - b);
  let best = 0;
  let run = 0;
  sorted.forEach((location, i) => {
    run = i > 0 && location === sorted[i - 1] + 1 ? run + 1 : 1;
    best = Math.max(best, run);
  });
  return best;
}
