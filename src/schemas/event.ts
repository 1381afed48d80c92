import { z } from 'astro/zod';
import { parseEventDate } from '../lib/events/parse-event-date.ts';

/** A real calendar date at the precision the report gives: "2024", "2024-05" or "2024-05-29". */
const eventDate = z
  .string()
  .refine((text) => parseEventDate(text) !== undefined, {
    message: '日期应为真实存在的 "YYYY"、"YYYY-MM" 或 "YYYY-MM-DD"（如 "2024"、"2024-05"、"2024-05-29"）；报告只写到月的不要补日',
  });

/** A number the report attaches to an event, e.g. a price cut of 97%. */
const eventFigure = z.strictObject({
  /** The number as printed. */
  value: z.number(),
  /** Its unit; only percentages occur so far. */
  unit: z.enum(['%']),
  /** What the number measures, verbatim, e.g. "最高降价". */
  measure: z.string().min(1),
});

/** One dated item of a timeline slide. */
export const eventSchema = z
  .strictObject({
    /** When it happened, or when a period began. */
    date: eventDate,
    /** Last period of a span the report gives as one ("2016~2017年" → date "2016", end "2017"); absent for a single date. */
    end: eventDate.optional(),
    /** The date as the report words it where it says more than `date` holds ("2022年底" for "2022"), shown in its place. Default: `date` in the report's form ("2022年"). */
    dateText: z.string().min(1).optional(),
    /** The event as the report words it, without its date (whitespace aside, verbatim). */
    label: z.string().min(1),
    /** Further bullet points the slide prints under the event, verbatim. Default none. */
    details: z.array(z.string().min(1)).default([]),
    /** Who acted, as the report names them (an issuer, a company); absent when the report names none apart from the label. */
    actor: z.string().min(1).optional(),
    /** Lane the event is drawn in: one of the timeline's `lanes`. Absent: the timeline has a single lane. */
    lane: z.string().min(1).optional(),
    /** Numbers the report states for the event, e.g. price cuts. Default none. */
    figures: z.array(eventFigure).default([]),
  })
  .superRefine((event, ctx) => {
    const start = parseEventDate(event.date);
    const end = event.end === undefined ? undefined : parseEventDate(event.end);
    if (start && end && end.start <= start.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `结束日期 ${event.end} 应晚于开始日期 ${event.date}` });
    }
  });

/**
 * One timeline slide of the report as data: `src/content/events/<id>.json`.
 * MDX pages show it with `<Timeline id="…" />`; the 大事记 page draws all of them on one axis.
 */
export const timelineSchema = z
  .strictObject({
    /** The slide's title as the report prints it. */
    title: z.string().min(1),
    /** Short name of the timeline's lane on the shared 大事记 axis, e.g. "DeepSeek". */
    short: z.string().min(1).max(8),
    /** The slide's source line without the "来源：" prefix. */
    source: z.string().min(1),
    /** Chapter page that shows the timeline: its slug, e.g. "macro". */
    page: z.string().regex(/^[a-z][a-z-]*$/, '页面应为章节页的 slug，如 "macro"'),
    /** The section heading's anchor on that page, e.g. "policy". */
    anchor: z.string().regex(/^[a-z][a-z0-9-]*$/, '锚点应为小写 ASCII，如 "policy"'),
    /** Lanes in drawing order, top to bottom, named as the slide names them. Default one unnamed lane. */
    lanes: z.array(z.string().min(1)).default([]),
    /** The events in date order (by start); events of the same date in the slide's reading order. */
    events: z.array(eventSchema).min(1),
  })
  .superRefine((timeline, ctx) => {
    timeline.events.forEach((event, i) => {
      const previous = timeline.events[i - 1];
      if (previous && (parseEventDate(event.date)?.start ?? 0) < (parseEventDate(previous.date)?.start ?? 0)) {
        ctx.addIssue({ code: 'custom', path: ['events', i, 'date'], message: `事件应按日期排列：${event.date} 早于前一事件的 ${previous.date}` });
      }
      const known = timeline.lanes.length > 0 ? event.lane !== undefined && timeline.lanes.includes(event.lane) : event.lane === undefined;
      if (known) return;
      ctx.addIssue({
        code: 'custom',
        path: ['events', i, 'lane'],
        message:
          timeline.lanes.length > 0
            ? `泳道应为 lanes 之一：${timeline.lanes.join('、')}；现为 ${event.lane ?? '（缺失）'}`
            : `此时间线没有 lanes，事件不应有 lane（现为 ${event.lane}）`,
      });
    });
  });

export type TimelineEvent = z.infer<typeof eventSchema>;
export type Timeline = z.infer<typeof timelineSchema>;
