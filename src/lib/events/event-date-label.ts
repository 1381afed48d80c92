import { parseEventDate } from './parse-event-date.ts';

/** An event's date or span as the site shows it: the report's own wording where it gives more ("2022年底"), else "2024年5月" or "2020年—2021年". */
export function eventWhen({ date, end, dateText }: { date: string; end?: string | undefined; dateText?: string | undefined }): string {
  return dateText ?? (end ? `${eventDateLabel(date)}—${eventDateLabel(end)}` : eventDateLabel(date));
}

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
