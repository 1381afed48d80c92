/** A labelled tick of a time axis. */
export interface TimeTick {
  date: Date;
  label: string;
}

/**
 * Ticks for a time axis whose domain runs from one 1 January to another:
 * years at a round step that leaves at most `maxTicks`; a single year is
 * ticked by quarter ("2024年", "4月", "7月", "10月") so that months show.
 */
export function timeTicks([from, to]: [Date, Date], maxTicks: number): TimeTick[] {
  const first = from.getUTCFullYear();
  const years = to.getUTCFullYear() - first;
  if (years <= 1) {
    return [1, 4, 7, 10].map((month) => ({
      date: new Date(Date.UTC(first, month - 1, 1)),
      label: month === 1 ? `${first}年` : `${month}月`,
    }));
  }
  const step = [1, 2, 5, 10, 20].find((s) => Math.floor(years / s) + 1 <= maxTicks) ?? 50;
  const ticks: TimeTick[] = [];
  for (let year = Math.ceil(first / step) * step; year <= first + years; year += step) {
    ticks.push({ date: new Date(Date.UTC(year, 0, 1)), label: String(year) });
  }
  return ticks;
}
