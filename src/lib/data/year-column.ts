/**
 * A dataset column keyed "year" holds years, written one way in every data file (and so in every CSV
 * and JSON download): "2024", or "2025e" for the report's estimates.
 */
export const YEAR_KEY = 'year';

export const YEAR_PATTERN = /^\d{4}e?$/;

/** A year as running text writes it: "2024" → "2024年"; the report's estimate "2029e" → "2029年（预测）". */
export function yearInProse(year: string): string {
  const [, digits, estimate] = /^(\d{4})(e?)$/.exec(year) ?? [];
  return digits ? `${digits}年${estimate ? '（预测）' : ''}` : year;
}

/** A category cell as a reader meets it in a tip, a legend or a description: a year as running text writes it, any other label as the report prints it. */
export function categoryText(key: string, value: string): string {
  return key === YEAR_KEY ? yearInProse(value) : value;
}
