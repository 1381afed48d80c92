/** Compound annual growth rate between two values `years` apart, as a fraction (0.321 for 32.1%). */
export function cagr(start: number, end: number, years: number): number {
  if (years <= 0 || start <= 0) throw new Error(`cagr: needs a positive start and years, got ${start}, ${years}`);
  return (end / start) ** (1 / years) - 1;
}

/** The year in a period label as the report writes it: "2029e" → 2029, "2024年" → 2024. */
export function yearOf(label: string): number {
  const year = /^(\d{4})/.exec(label)?.[1];
  if (!year) throw new Error(`"${label}" 不是年份`);
  return Number(year);
}
