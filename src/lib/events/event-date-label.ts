import { parseEventDate } from './parse-event-date.ts';

/** A stored date ("2024-05") as the report writes it ("2024年5月"), at its own precision. */
export function eventDateLabel(date: string): string {
  const period = parseEventDate(date);
  if (!period) throw new Error(`不是有效的事件日期：${date}`);
  const { start, precision } = period;
  const year = `${start.getUTCFullYear()}年`;
  if (precision === 'year') return year;
  const month = `${year}${start.getUTCMonth() + 1}月`;
  return precision === 'month' ? month : `${month}${start.getUTCDate()}日`;
}
