import { beforeAll, describe, expect, it } from 'vitest';
import { readPage, requireDist } from '../helpers/dist.ts';
import { realTimelines } from '../helpers/real-timelines.ts';

beforeAll(requireDist);

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '');

/** "2024-05-29" → "2024年5月29日", written here independently of the site's formatter. */
const chinese = (iso: string) =>
  iso.replace(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/, (_, y: string, m?: string, d?: string) => `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`);
/** An event's date as a reader should see it: the report's own words where it gives them ("2022年底"). */
const when = (e: { date: string; end?: string | undefined; dateText?: string | undefined }) =>
  e.dateText ?? `${chinese(e.date)}${e.end ? `—${chinese(e.end)}` : ''}`;

describe.each(realTimelines())('<Timeline id="$id" />', ({ id, timeline }) => {
  const page = () => readPage(`${timeline.page}/index.html`);
  const figure = () => page().getElementById(`timeline-${id}`)!;

  it(`is on ${timeline.page}/ inside the section #${timeline.anchor}`, () => {
    const doc = page();
    expect(doc.getElementById(`timeline-${id}`)).not.toBeNull();
    let section = '';
    for (const el of doc.querySelectorAll('.sl-markdown-content h2, figure.timeline')) {
      if (el.tagName === 'H2') section = el.id;
      else if (el.id === `timeline-${id}`) break;
    }
    expect(section).toBe(timeline.anchor);
  });

  it('draws every event as a named, keyboard-reachable bar, once for phones and once for wide screens', () => {
    for (const variant of ['.chart-narrow', '.chart-wide']) {
      const svg = figure().querySelector(`${variant} svg`)!;
      expect(svg.getAttribute('aria-label')).toContain(timeline.title);
      const marks = [...svg.querySelectorAll('.chart-mark')];
      expect(marks.map((m) => squash(m.getAttribute('aria-label')))).toEqual(
        timeline.events.map((e) => squash(`${when(e)}${e.label}`)),
      );
      expect(marks.filter((m) => m.getAttribute('tabindex') === '0')).toHaveLength(1);
    }
  });

  it('lists every event in order with machine-readable dates, its details and its source', () => {
    const items = [...figure().querySelectorAll('ol.timeline-events > li')];
    expect(items).toHaveLength(timeline.events.length);
    timeline.events.forEach((event, i) => {
      const times = [...items[i]!.querySelectorAll(':scope > .event-time > time')];
      expect(times.map((t) => t.getAttribute('datetime'))).toEqual([event.date, ...(event.end && !event.dateText ? [event.end] : [])]);
      expect(times.map((t) => t.textContent)).toEqual(event.dateText ? [event.dateText] : [chinese(event.date), ...(event.end ? [chinese(event.end)] : [])]);
      const text = squash(items[i]!.textContent);
      expect(text).toContain(squash(event.label));
      for (const detail of event.details) expect(text).toContain(squash(detail));
    });
    expect(figure().querySelector('.figure-source')!.textContent).toBe(`来源：${timeline.source}`);
    const description = figure().ownerDocument.getElementById(figure().getAttribute('aria-describedby')!)!;
    expect(description.textContent).toContain(`共 ${timeline.events.length} 个事件`);
  });
});

describe('大事记 page', () => {
  const timelines = realTimelines();
  const doc = () => readPage('timeline/index.html');

  it('draws every event of every timeline once, across its two panels, one lane per timeline', () => {
    const panels = [...doc().querySelectorAll('#all-timelines .chart-wide svg')];
    expect(panels).toHaveLength(2);
    const labels = panels.flatMap((panel) => [...panel.querySelectorAll('.chart-mark')].map((m) => squash(m.getAttribute('aria-label'))));
    const all = timelines.flatMap(({ timeline }) => timeline.events.map((e) => squash(`${timeline.short}：${when(e)}${e.label}`)));
    expect(labels.sort()).toEqual(all.sort());
    for (const panel of panels) {
      const lanes = [...panel.querySelectorAll('text')].map((t) => t.textContent);
      for (const { timeline } of timelines) expect(lanes).toContain(timeline.short);
    }
  });

  // The whole span in one panel squeezed the recent years, where most events are, into its last 5%.
  it('gives the recent years their own panel, the earlier years the other, each event numbered as in its list', () => {
    for (const selector of ['.chart-narrow', '.chart-wide']) {
      const [earlier, recent] = [...doc().querySelectorAll(`#all-timelines ${selector} svg`)];
      const ticks = [...recent!.querySelectorAll('[aria-label="x-axis tick label"] text')].map((t) => t.textContent);
      const from = Number(ticks[0]);
      const events = timelines.flatMap(({ timeline }) => timeline.events.map((e, i) => ({ year: Number(e.date.slice(0, 4)), n: String(i + 1) })));
      const inRecent = events.filter((e) => e.year >= from);
      expect(recent!.querySelectorAll('.chart-mark')).toHaveLength(inRecent.length);
      expect(earlier!.querySelectorAll('.chart-mark')).toHaveLength(events.length - inRecent.length);
      expect(inRecent.length).toBeGreaterThan(events.length / 2);
      // Bar labels: the texts that are neither axis ticks nor lane names.
      const numbers = (svg: Element) =>
        [...svg.querySelectorAll('text')].filter((t) => !t.closest('[aria-label="x-axis tick label"]') && /^\d+$/.test(t.textContent ?? '')).map((t) => t.textContent);
      expect([...numbers(earlier!), ...numbers(recent!)].sort()).toEqual(events.map((e) => e.n).sort());
    }
  });

  // Each event a link made the list a wall of underlined text; one link per timeline leads to its section.
  it('lists each timeline’s events as text, with one link back to the section that shows it', () => {
    for (const { id, timeline } of timelines) {
      const section = doc().getElementById(`all-${id}`)!.closest('section')!;
      expect(section.querySelector('h2')!.textContent).toBe(timeline.title);
      expect(section.querySelectorAll('ol.timeline-events a')).toHaveLength(0);
      const labels = [...section.querySelectorAll('ol.timeline-events > li > .event-label')];
      expect(labels.map((l) => squash(l.textContent))).toEqual(timeline.events.map((e) => squash(e.label)));
      const links = [...section.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).toEqual([`/${timeline.page}/#${timeline.anchor}`]);
    }
  });
});
