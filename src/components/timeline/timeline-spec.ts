import * as Plot from '@observablehq/plot';
import { eventTip } from '../../lib/events/event-tip.ts';
import { packRows } from '../../lib/events/pack-rows.ts';
import { parseEventDate } from '../../lib/events/parse-event-date.ts';
import { timeDomain } from '../../lib/events/time-domain.ts';
import { timeTicks } from '../../lib/events/time-ticks.ts';
import { CHART_FONT_SIZE } from '../../lib/plot/render-svg.ts';
import { textWidth } from '../../lib/text/text-width.ts';
import type { TimelineEvent } from '../../schemas/event.ts';
import { seriesColor } from '../charts/series-color.ts';

/** A lane of a timeline drawing: a heading (none for a single-lane timeline) and its events. */
export interface TimelineLane {
  name?: string;
  /** Prefix of each event's tooltip, e.g. the timeline's name on the shared axis. */
  tipPrefix?: string;
  events: (TimelineEvent & { n: number })[];
}

const ROW = 30;
/** Least room at either end of the axis, in px; more when the end tick's label needs it. */
const MARGIN_X = 18;
/** A bar is never thinner than this, so that a single day stays visible and focusable. */
const MIN_BAR = 4;
const GAP = 3;

/**
 * Events as bars on a time axis: each bar covers the period the report names
 * (a year, a month, a day, or a span), one lane per group, overlapping events
 * on extra rows. With `numbered`, each bar carries its number in the list
 * below the drawing, which is the text alternative. A `domain` narrower than
 * the events' shows only the events that begin inside it.
 */
export function timelineSpec(
  lanes: TimelineLane[],
  width: number,
  { numbered, domain = timeDomain(lanes.flatMap((l) => l.events)) }: { numbered: boolean; domain?: [Date, Date] },
): Plot.PlotOptions {
  const [from, to] = domain.map((d) => d.getTime()) as [number, number];
  const ticks = timeTicks(domain, Math.floor(width / 64));
  // A tick label is centred on its tick: half of it hangs outside the axis.
  const margin = (tick: (typeof ticks)[number] | undefined) => Math.max(MARGIN_X, textWidth(tick?.label ?? '', CHART_FONT_SIZE) / 2 + 2);
  const [marginLeft, marginRight] = [margin(ticks[0]), margin(ticks.at(-1))];
  const pxPerMs = (width - marginLeft - marginRight) / (to - from);
  const inDomain = (event: TimelineEvent) => {
    const start = parseEventDate(event.date)!.start.getTime();
    return start >= from && start < to;
  };
  const bars = lanes.flatMap((lane, laneIndex) =>
    lane.events.filter(inDomain).map((event) => {
      const start = parseEventDate(event.date)!.start;
      const end = parseEventDate(event.end ?? event.date)!.end;
      const x0 = (start.getTime() - from) * pxPerMs;
      const barWidth = Math.max((end.getTime() - start.getTime()) * pxPerMs, MIN_BAR);
      const labelWidth = numbered ? textWidth(String(event.n), CHART_FONT_SIZE) : 0;
      return {
        laneIndex,
        n: event.n,
        start,
        end: new Date(Math.min(start.getTime() + barWidth / pxPerMs, to)),
        tip: `${lane.tipPrefix ?? ''}${eventTip(event)}`,
        extent: { lane: laneIndex, from: x0, to: x0 + Math.max(barWidth, labelWidth) },
      };
    }),
  );
  const rows = packRows(bars.map((b) => b.extent), GAP);
  // Document order is keyboard order (arrow keys): by date, as the list reads, not lane by lane.
  const data = bars.map((b, i) => ({ ...b, key: `${b.laneIndex}:${rows[i]}` })).sort((a, b) => a.start.getTime() - b.start.getTime());
  // Row keys top to bottom: a heading row before each named lane, then its event rows.
  const keys = lanes.flatMap((lane, laneIndex) => {
    const count = Math.max(0, ...rows.filter((_, i) => bars[i]!.laneIndex === laneIndex).map((r) => r + 1));
    return [...(lane.name ? [`${laneIndex}:name`] : []), ...Array.from({ length: count }, (_, r) => `${laneIndex}:${r}`)];
  });
  const headings = lanes.flatMap((lane, laneIndex) => (lane.name ? [{ key: `${laneIndex}:name`, name: lane.name }] : []));
  return {
    width,
    height: keys.length * ROW + 26,
    marginLeft,
    marginRight,
    marginTop: 2,
    marginBottom: 24,
    x: {
      type: 'utc',
      domain,
      ticks: ticks.map((t) => t.date),
      tickFormat: (d: Date) => ticks.find((t) => t.date.getTime() === d.getTime())?.label ?? '',
      grid: true,
      label: null,
    },
    y: { domain: keys, axis: null, padding: 0 },
    marks: [
      Plot.text(headings, {
        x: domain[0],
        y: 'key',
        text: 'name',
        textAnchor: 'start',
        dy: 6,
        fontWeight: 'bold',
        fill: 'currentColor',
      }),
      Plot.barX(data, {
        x1: 'start',
        x2: 'end',
        y: 'key',
        fill: (d) => seriesColor(d.laneIndex),
        insetTop: 4,
        insetBottom: ROW - 14,
        title: 'tip',
      }),
      ...(numbered
        ? [Plot.text(data, { x: 'start', y: 'key', text: 'n', textAnchor: 'start', dy: 7, fill: 'currentColor' })]
        : []),
    ],
  };
}
