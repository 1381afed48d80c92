import { numberedEvents, timelineLanes } from '../../components/timeline/timeline-lanes.ts';
import { timelineSpec } from '../../components/timeline/timeline-spec.ts';
import type { Timeline } from '../../schemas/event.ts';
import type { CitationRecord } from '../cite/report-citation.ts';
import { eventWhen } from '../events/event-date-label.ts';
import { renderSvg } from '../plot/render-svg.ts';
import { drawFigureImage } from './draw-figure-image.ts';
import type { ImageLayoutName } from './figure-image.ts';
import { listPanel } from './list-panel.ts';

/**
 * A timeline's image in a layout (`label` says what it is: 时间线): its bars, numbered, and under them its events as the numbered list the
 * page shows (date, lane where there are several, label, sub-points), which the numbers refer to.
 */
export function timelineImageSvg(label: string, timeline: Timeline, cited: CitationRecord, layout: ImageLayoutName): string {
  const parts = { label, title: timeline.title, unit: undefined, legend: [], key: '', source: timeline.source };
  const lanes = timelineLanes(timeline);
  const items = numberedEvents(timeline).map((event) => ({
    marker: String(event.n),
    // As the page's list words it: date（lane）：label.
    text: `${eventWhen(event)}${timeline.lanes.length > 1 && event.lane ? `（${event.lane}）` : ''}：${event.label.replace(/\s+/g, ' ').trim()}`,
    details: event.details,
  }));
  return drawFigureImage(
    parts,
    cited,
    (width) => ({
      plotPanels: [renderSvg(timelineSpec(lanes, width, { numbered: true }), timeline.title)],
      more: (w, text, measure) => [listPanel(items, w, text, measure)],
    }),
    layout,
  );
}
