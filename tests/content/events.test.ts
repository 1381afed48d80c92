import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/schemas/event.ts';
import { realTimelines } from '../helpers/real-timelines.ts';

const SOURCE_LINES = readFileSync(join(import.meta.dirname, '../../source/report-2025.txt'), 'utf8').split('\n');

/**
 * Where each timeline stands in the source text (1-based line ranges, inclusive):
 * the slide's diagram without the section's prose; the price cuts are prose.
 * `undated` lists date mentions of the slide that are not timeline events, with why.
 */
const SLIDES: Record<string, { lines: [number, number][]; undated?: Record<string, string> }> = {
  'ai-policies-2024': { lines: [[128, 222]] },
  'model-architectures': { lines: [[537, 642]] },
  'compute-cycle': { lines: [[919, 950]] },
  'price-war-2024': { lines: [[1210, 1212]] },
  'china-ai-milestones': {
    lines: [[1385, 1508]],
    undated: { '2025': '“2025年初”是阶段三“C端AI产品现况”说明的开头，不是时间轴上的节点；该说明保留在章节的定义列表中' },
  },
  // The extraction puts the slide's first item (2023年11月) above the section's prose.
  'deepseek-history': { lines: [[3333, 3337], [3354, 3445]] },
};

const squash = (s: string) => s.replace(/\s+/g, '');
const slideText = (id: string) => squash(SLIDES[id]!.lines.map(([from, to]) => SOURCE_LINES.slice(from - 1, to).join('')).join(''));

/**
 * How the report may write a stored date just before the event: "2024年5月29日",
 * "同月5月21日" (year said before), "2022年底", "2016~2017年", "2022年-2024年".
 */
function writtenDate(event: Pick<TimelineEvent, 'date' | 'end'>): RegExp {
  const one = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    if (d) return `(?:${y}年)?${m}月${d}日`;
    if (m) return `(?:${y}年)?${m}月`;
    return `${y}年?`;
  };
  return new RegExp(event.end ? `${one(event.date)}[-~—－]${one(event.end)}` : one(event.date));
}

/** Every date the text mentions, as stored dates ("2024", "2024-05", "2024-05-29"); a bare "5月21日" takes the year before it. */
function mentionedDates(text: string): string[] {
  const dates: string[] = [];
  let year = '';
  const pad = (n: string) => n.padStart(2, '0');
  for (const m of text.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)(?:年(?:(\d{1,2})月(?:(\d{1,2})日)?)?)?|(?<!\d)(\d{1,2})月(\d{1,2})日/g)) {
    if (m[1]) {
      year = m[1];
      dates.push([m[1], m[2] && pad(m[2]), m[3] && pad(m[3])].filter(Boolean).join('-'));
    } else {
      dates.push(`${year}-${pad(m[4]!)}-${pad(m[5]!)}`);
    }
  }
  return dates;
}

const timelines = realTimelines();

// The report draws most timelines; one the site compiles from the prose says so in its title, and its
// source line names the compiler rather than crediting the report with a figure it does not have.
it('credits a timeline the site compiled to the site, in its title and its source line', () => {
  const compiled = timelines.filter(({ timeline }) => timeline.title.endsWith('（本站据正文整理）'));
  expect(compiled.map(({ id }) => id)).toEqual(['price-war-2024']);
  for (const { timeline } of compiled) expect(timeline.source).toMatch(/^本站编者据报告.*整理/);
  for (const { timeline } of timelines.filter((t) => !compiled.includes(t))) expect(timeline.source).not.toMatch(/本站/);
});

it('covers every timeline file with a source slide and no more', () => {
  expect(timelines.map((t) => t.id).sort()).toEqual(Object.keys(SLIDES).sort());
});

describe.each(timelines)('$id', ({ id, timeline }) => {
  const slide = slideText(id);

  it.each(timeline.events.map((event, i) => ({ i: i + 1, event })))(
    'event $i is in the source slide: its wording, its details and its date just before it',
    ({ event }) => {
      const at = slide.indexOf(squash(event.label));
      expect(at, `label not in source: ${event.label}`).toBeGreaterThanOrEqual(0);
      for (const detail of event.details) expect(slide).toContain(squash(detail));
      const before = slide.slice(Math.max(0, at - 30), at);
      if (event.dateText) expect(before).toContain(squash(event.dateText));
      expect(before).toMatch(writtenDate(event));
      for (const figure of event.figures) expect(squash(event.label)).toContain(`${figure.value}${figure.unit}`);
      // The actor is named in the label or in the clause just before it ("DeepSeek发布…V3模型，2025年2月发布…R1模型").
      if (event.actor) expect(slide.slice(Math.max(0, at - 40), at) + squash(event.label)).toContain(squash(event.actor));
    },
  );

  it('has an event for every date the slide mentions (titles of documents aside)', () => {
    const withoutTitles = slide.replace(/《[^》]*》/g, '');
    const undated = SLIDES[id]!.undated ?? {};
    const stored = new Set(timeline.events.flatMap((e) => [e.date, ...(e.end ? [e.end] : [])]));
    const missing = mentionedDates(withoutTitles).filter((d) => !stored.has(d) && !(d in undated));
    expect(missing).toEqual([]);
  });

  it('names only lanes the slide (or, for stages, the chapter page) names', () => {
    const page = readFileSync(join(import.meta.dirname, `../../src/content/docs/${timeline.page}.mdx`), 'utf8');
    for (const lane of timeline.lanes) expect(slide.includes(squash(lane)) || page.includes(`<dt>${lane}`)).toBe(true);
  });
});
