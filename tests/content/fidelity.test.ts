import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { proseParagraphs } from '../helpers/prose-paragraphs.ts';
import { readPage, requireDist } from '../helpers/dist.ts';

beforeAll(requireDist);

const SOURCE = readFileSync(join(import.meta.dirname, '../../source/report-2025.txt'), 'utf8');

/** Source line ranges of each chapter page (see source/slides.md in shared/ and the README). */
const CHAPTERS: { page: string; from: number; to: number }[] = [
  { page: 'preface/index.html', from: 1, to: 35 },
  { page: 'abstract/index.html', from: 36, to: 105 },
  { page: 'macro/index.html', from: 106, to: 720 },
  { page: 'industry-value/index.html', from: 721, to: 1748 },
  { page: 'commercialization/index.html', from: 1749, to: 2920 },
  { page: 'cases/index.html', from: 2921, to: 3556 },
  { page: 'trends/index.html', from: 3557, to: 3990 },
];

/**
 * Paragraphs the extractor glues from diagram fragments; the site keeps their
 * pieces in structured lists, so they cannot appear as one run of text.
 */
const EXCEPTIONS = new Map<number, string>([
  [564, '架构演进时间线的事件：日期在 <time> 中、措辞在事件文字中（tests/content/events.test.ts 逐条对照原文）'],
  [568, '同上，架构演进时间线的事件；“之后GPT模型持续演进”是2018年事件下的一条'],
  [616, '同上，架构演进时间线中 2022年—2024年 的时段'],
  [654, '三个“AI技术动态”标题是图示中的三栏标题，本站作为定义列表的三个术语，各自带其说明'],
  [1541, 'AI Coding 图中“for everyone”的技术要求与“for developers”的功能列表被连成一段；本站分列于对照表两栏'],
  [2328, '视觉产品盘点中第1类产品的最后一条与第2类产品的定义被连成一段；本站分列于两类产品之下'],
  [2841, '出海企业矩阵的表头（大厂、大模型创企、垂直业务企业）被连到“出海挑战”的第一条；本站分列于矩阵与挑战列表'],
  [2952, '字节跳动产品矩阵中基础大模型的说明与火山方舟的功能列表被连成一段；本站分列于两层之下'],
]);

const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * A paragraph's pieces to look for: bullet glyphs start list items, which the
 * site renders as list structure, possibly in meaning order rather than the
 * extraction's; each item must appear whole.
 */
const pieces = (text: string) => text.split(/[•◆➢✓]/).map(squash).filter(Boolean);

/** A chapter page's text, whitespace squashed; glossary tooltips quote definitions beside a term and are not its prose. */
function pageText(page: string): string {
  const content = readPage(page).querySelector('.sl-markdown-content')!;
  for (const tip of content.querySelectorAll('.glossary-tip')) tip.remove();
  return squash(content.textContent ?? '');
}

it.each(CHAPTERS)('every prose paragraph of source lines $from–$to is on $page', ({ page, from, to }) => {
  const text = pageText(page);
  const paragraphs = proseParagraphs(SOURCE).filter((p) => p.line >= from && p.line <= to && !EXCEPTIONS.has(p.line));
  const missing = paragraphs.filter((p) => !pieces(p.text).every((piece) => text.includes(piece)));
  console.log(`${page}: ${paragraphs.length - missing.length}/${paragraphs.length} prose paragraphs found`);
  expect(missing.map((p) => `line ${p.line}: ${p.text.slice(0, 40)}…`)).toEqual([]);
  expect(paragraphs.length).toBeGreaterThan(0);
});

// Paragraphs stay as the report breaks them: one that runs straight into the next in a single <p>
// has lost the report's paragraph break (the AI Agent slide's two paragraphs, lines 1617 and 1619).
it.each(CHAPTERS)('$page keeps the report’s paragraph breaks', ({ page, from, to }) => {
  const content = readPage(page).querySelector('.sl-markdown-content')!;
  const blocks = [...content.querySelectorAll('p, li, dd')].map((p) => squash(p.textContent ?? ''));
  const paragraphs = proseParagraphs(SOURCE).filter((p) => p.line >= from && p.line <= to && !EXCEPTIONS.has(p.line));
  const joined = paragraphs.slice(1).flatMap((next, i) => {
    const before = squash(paragraphs[i]!.text);
    // The extraction also breaks a sentence where a line starts with Latin (技术方面， / Transformer…).
    if (!/[。！？”]$/.test(before)) return [];
    const seam = before.slice(-12) + squash(next.text).slice(0, 12);
    return blocks.some((block) => block.includes(seam)) ? [`lines ${paragraphs[i]!.line} and ${next.line}`] : [];
  });
  expect(joined).toEqual([]);
});

// Breaks the extraction cannot show (a full line that ends a sentence may or may not end its paragraph),
// read off the slides.
const SLIDE_BREAKS = [{ page: 'industry-value/index.html', line: 1619, before: '多任务协作等多方面能力。', after: '当前，Agent市场呈现出' }];

it.each(SLIDE_BREAKS)('$page keeps the slide’s paragraph break before source line $line', ({ page, before, after }) => {
  const blocks = [...readPage(page).querySelectorAll('.sl-markdown-content p')].map((p) => squash(p.textContent ?? ''));
  expect(blocks.some((block) => block.endsWith(before))).toBe(true);
  expect(blocks.some((block) => block.startsWith(after))).toBe(true);
});

/** The shortest run of a paragraph that counts as found: two-character words occur all over a page. */
const MIN_RUN = 4;

/**
 * What of `phrase` is not in `text`: read from the start, each longest run found in `text` is taken if
 * it is MIN_RUN characters long or ends the phrase; where none is, the phrase is missing there. The
 * extraction glues a diagram's boxes end to end ("…能力边界" + "思维链CoT优化"); the site keeps each
 * box apart.
 */
function missingFrom(text: string, phrase: string): string[] {
  const missing: string[] = [];
  for (let i = 0; i < phrase.length; ) {
    let j = i;
    while (j < phrase.length && text.includes(phrase.slice(i, j + 1))) j++;
    if (j - i < MIN_RUN && j < phrase.length) {
      missing.push(phrase.slice(i, i + 12));
      j = i + 1;
    }
    i = Math.max(j, i + 1);
  }
  return missing;
}

// A span's dash is typography: the site sets 2022年—2024年 where the extraction has 2022年-2024年.
const dashes = (s: string) => s.replace(/[-~—－–]/g, '—');

// An exception excuses a paragraph from appearing as one run, never from appearing: every word of it
// is on its page, wherever the site puts it.
it.each([...EXCEPTIONS.keys()])('the paragraph excused at source line %i keeps every word on its page', (line) => {
  const paragraph = proseParagraphs(SOURCE).find((p) => p.line === line);
  expect(paragraph, `no paragraph starts at line ${line}`).toBeDefined();
  const { page } = CHAPTERS.find(({ from, to }) => line >= from && line <= to)!;
  const text = dashes(pageText(page));
  const phrases = dashes(paragraph!.text).split(/[•◆➢✓，。；：、,;:]/).map(squash).filter(Boolean);
  expect(phrases.flatMap((phrase) => missingFrom(text, phrase))).toEqual([]);
});

// The PDF spaces some runs of text out letter by letter ("基 于 语 音"), and its extractor keeps those
// spaces; Chinese sets no space between characters or beside full-width punctuation.
const HAN_OR_FULL_WIDTH = '[\\u4e00-\\u9fff\\u3000-\\u303f\\uff00-\\uffef]';
const LETTER_SPACED = new RegExp(`(${HAN_OR_FULL_WIDTH}) +(?=${HAN_OR_FULL_WIDTH})|[、，。；：（] +\\S|\\S +[，。；：）]`, 'g');

it.each(CHAPTERS)('$page keeps no space the PDF put between Chinese characters', ({ page }) => {
  const text = readPage(page).querySelector('.sl-markdown-content')!.textContent ?? '';
  const found = [...text.matchAll(LETTER_SPACED)].map((m) => text.slice(Math.max(0, m.index - 8), m.index + m[0].length + 8));
  expect(found).toEqual([]);
});

// What the site adds to a slide is marked as the site's, or not added: a placeholder "…" where the
// text has nothing, stage numbers the slide does not print, a sentence composed from two boxes.
describe('what the site adds to the slides', () => {
  // A table's "…" row is the slide's own: its lists end so (…, ……).
  it('puts no bare “…” where the report’s text has nothing', () => {
    for (const { page } of CHAPTERS) {
      const bare = [...readPage(page).querySelectorAll('.sl-markdown-content :is(dd, li, p)')].filter((e) => squash(e.textContent ?? '') === '…');
      expect(bare.length, page).toBe(0);
    }
  });

  it('says that 阶段一 to 阶段三 are the site’s numbering, beside the timeline that uses them', () => {
    const notes = [...readPage('industry-value/index.html').querySelectorAll('.editor-note')].map((n) => n.textContent ?? '');
    expect(notes.some((n) => n.includes('阶段一') && n.includes('本站') && n.includes('AI认知与应用度'))).toBe(true);
  });

  // Headers of tables the site laid out from a slide without any: each named in an editor's note.
  it.each([
    ['macro/index.html', ['思考形态', '特点', '对应模型', '占比']],
    ['industry-value/index.html', ['定位', '说明', '门槛', '功能', '早期形态', '厂商类型', '做法', '客户']],
    ['commercialization/index.html', ['典型应用', '说明', '举例']],
    ['cases/index.html', ['模型类别']],
    ['trends/index.html', ['类别', '具体问题']],
  ])('names the table headers the site wrote on %s as the site’s', (page, headers) => {
    const notes = [...readPage(page).querySelectorAll('.editor-note, .figure-notes li')].map((n) => n.textContent ?? '').filter((n) => n.includes('为本站所加'));
    expect(headers.filter((h) => !notes.some((n) => n.includes(`“${h}”`)))).toEqual([]);
  });

  it('keeps the slide’s words where it labels or joins boxes: 里程碑事件, and 赋能 without a sentence of the site’s', () => {
    expect(squash(readPage('macro/index.html').querySelector('#timeline-model-architectures')!.textContent ?? '')).toContain('里程碑事件');
    expect(pageText('trends/index.html')).not.toContain('赋能Agent');
  });
});
