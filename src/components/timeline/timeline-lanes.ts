import type { Timeline } from '../../schemas/event.ts';
import type { TimelineLane } from './timeline-spec.ts';

/** A timeline's lanes to draw, each event numbered in list order (the number its bar carries), or one unnamed lane. */
export function timelineLanes(timeline: Timeline): TimelineLane[] {
  const numbered = timeline.events.map((event, i) => ({ ...event, n: i + 1 }));
  return timeline.lanes.length > 0 ? timeline.lanes.map((name) => ({ name, events: numbered.filter((e) => e.lane === name) })) : [{ events: numbered }];
}
