import type { Timeline } from '../../schemas/event.ts';
import type { TimelineLane } from './timeline-spec.ts';

/** A timeline's events, each with its number: its place in the timeline's list (an <ol>), which its bar carries. */
export const numberedEvents = (timeline: Pick<Timeline, 'events'>) => timeline.events.map((event, i) => ({ ...event, n: i + 1 }));

/** A timeline's lanes to draw, each event numbered (numberedEvents), or one unnamed lane. */
export function timelineLanes(timeline: Timeline): TimelineLane[] {
  const numbered = numberedEvents(timeline);
  return timeline.lanes.length > 0 ? timeline.lanes.map((name) => ({ name, events: numbered.filter((e) => e.lane === name) })) : [{ events: numbered }];
}
