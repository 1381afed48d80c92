import type { TimelineEvent } from '../../schemas/event.ts';
import { eventWhen } from './event-date-label.ts';

/** An event in one line, as its tooltip and accessible name say it: "2024年5月21日 百度宣布两款主力大模型免费". */
export function eventTip(event: Pick<TimelineEvent, 'date' | 'end' | 'dateText' | 'label'>): string {
  return `${eventWhen(event)} ${event.label.replace(/\s+/g, ' ').trim()}`;
}
