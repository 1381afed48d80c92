/** How exactly the report dates an event: 2024年 → year, 2024年5月 → month, 2024年5月29日 → day. */
export type DatePrecision = 'year' | 'month' | 'day';

/** A calendar period: its first instant and the first instant after it (UTC). */
export interface DatePeriod {
  start: Date;
  end: Date;
  precision: DatePrecision;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * "2024", "2024-05" or "2024-05-29" as the period it names; undefined for
 * anything else, including dates that do not exist (2024-02-30). A month
 * without a day stays a month: the report often gives no day, and none is invented.
 */
export function parseEventDate(text: string): DatePeriod | undefined {
  const match = PATTERN.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), match[2] ? Number(match[2]) : undefined, match[3] ? Number(match[3]) : undefined];
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day === undefined) {
    return month === undefined
      ? { start: utc(year, 1, 1), end: utc(year + 1, 1, 1), precision: 'year' }
      : { start: utc(year, month, 1), end: utc(year, month + 1, 1), precision: 'month' };
  }
  const start = utc(year, month!, day);
  if (start.getUTCMonth() + 1 !== month || start.getUTCDate() !== day) return undefined;
  return { start, end: utc(year, month!, day + 1), precision: 'day' };
}

function utc(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}
