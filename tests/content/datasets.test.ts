import { describe, expect, it } from 'vitest';
import { cellValue } from '../../src/lib/data/cell-value.ts';
import { describeDataset } from '../../src/components/charts/chart-types.ts';
import { YEAR_KEY } from '../../src/lib/data/year-column.ts';
import { realDatasets } from '../helpers/real-datasets.ts';

const datasets = new Map(realDatasets().map(({ id, dataset }) => [id, dataset]));
const get = (id: string) => datasets.get(id) ?? expect.fail(`dataset ${id} missing`);
const sum = (id: string, key: string, where: (row: Record<string, unknown>) => boolean = () => true) =>
  get(id)
    .rows.filter(where)
    .reduce((total, row) => total + cellValue(row[key]), 0);

describe('datasets', () => {
  it('have unique figure numbers, numbered from 1 within each chapter', () => {
    const figures = [...datasets.values()].map((d) => d.figure);
    expect(new Set(figures).size).toBe(figures.length);
    const byChapter = Map.groupBy(figures, (f) => f.split('-')[0]);
    for (const [chapter, numbers] of byChapter) {
      const sequence = numbers.map((f) => Number(f.split('-')[1])).sort((a, b) => a - b);
      expect(sequence, chapter).toEqual(sequence.map((_, i) => i + 1));
    }
  });
});

// What each figure's description says, checked against its own data: the rules a reader would notice broken.
describe('figure descriptions', () => {
  const described = [...datasets.values()].map((dataset) => ({ dataset, text: describeDataset(dataset) }));

  it('write every value as the report prints it, in its column’s unit: no digit grouping, no other unit', () => {
    for (const { dataset, text } of described) {
      const units = new Set(dataset.columns.flatMap((c) => c.unit ?? []));
      expect(text, dataset.figure).not.toMatch(/\d,\d/);
      const written = [...text.matchAll(/\d(万亿元|亿元|万元|元|个|次|%)/g)].map((m) => m[1]);
      expect(written.filter((unit) => !units.has(unit!)), dataset.figure).toEqual([]);
    }
  });

  it('write each year of a year column as a year (2023年, 2025年（预测）), never a bare 2023', () => {
    for (const { dataset, text } of described) {
      const years = dataset.columns.some((c) => c.key === YEAR_KEY) ? dataset.rows.map((r) => String(r[YEAR_KEY])) : [];
      for (const year of years) expect(text, dataset.figure).not.toMatch(new RegExp(`${year.slice(0, 4)}(?![年\\d])`));
    }
  });

  // A tie told as 最高…其次 ranks one of two equal values above the other.
  it('rank values strictly: 最高, 次之 and 最低 each name a value the next one is below', () => {
    for (const { dataset, text } of described) {
      for (const sentence of text.split('。')) {
        const ranked = [...sentence.matchAll(/（(?:均为)?([\d.]+)/g)].map((m) => Number(m[1]));
        for (let i = 1; i < ranked.length; i++) expect(ranked[i], `${dataset.figure}: ${sentence}`).toBeLessThan(ranked[i - 1]!);
      }
    }
  });
});

describe('chapter 01 data against the report', () => {
  it('counts the same 2024 financing events by round and by track', () => {
    const byRound = sum('financing-rounds-2023-2024', 'events', (r) => r.year === '2024');
    const byTrack = sum('financing-tracks-2024', 'events');
    console.log(`2024 financing events: ${byRound} by round, ${byTrack} by track`);
    expect(byRound).toBe(byTrack);
  });

  it('has 2020 GDP growth at 2.2% as the prose states', () => {
    const row = get('gdp-2014-2024').rows.find((r) => r.year === '2020')!;
    expect(row.growth).toBe(2.2);
  });

  it('bears out the GDP note: 2024 growth is nominal, 2023 growth is not', () => {
    const gdp = new Map(get('gdp-2014-2024').rows.map((r) => [r.year, cellValue(r.gdp)]));
    const nominal = (year: number) => (gdp.get(`${year}`)! / gdp.get(`${year - 1}`)! - 1) * 100;
    expect(nominal(2024).toFixed(1)).toBe('4.2');
    expect(nominal(2023).toFixed(1)).toBe('7.4');
  });

  it('puts ChatGPT first among the events at 27.2%, as the prose states', () => {
    const [top] = [...get('ai-arrival-events').rows].sort((a, b) => cellValue(b.share) - cellValue(a.share));
    expect(top).toMatchObject({ event: 'ChatGPT发布', share: 27.2 });
  });

  it('has 文本写作 and 图片生成 as the two most tried AI functions, as the prose states', () => {
    const ranked = [...get('ai-functions-tried').rows].sort((a, b) => cellValue(b.share) - cellValue(a.share));
    expect(ranked.slice(0, 2).map((r) => r.function)).toEqual(['文本写作类', '图片生成类']);
  });

  it('has the negative share rise with knowledge of AI, as the prose states', () => {
    const negative = get('ai-emotions-by-knowledge')
      .rows.filter((r) => r.emotion === '负面（慌张、厌烦）')
      .map((r) => cellValue(r.share));
    expect(negative).toEqual([...negative].sort((a, b) => b - a));
  });

  it('has more than half anxious about AI products in 2023, as the prose states', () => {
    const anxious = get('global-ai-views-2022-2023').rows.find(
      (r) => r.year === '2023' && r.statement === 'AI产品及服务让我更加焦虑',
    )!;
    expect(cellValue(anxious.agree)).toBeGreaterThan(50);
  });

  it('has AI chips above 50% of base-layer investment, as the slide states', () => {
    expect(sum('ai-chip-share-2024', 'share', (r) => r.segment === 'AI芯片')).toBeGreaterThan(50);
  });
});

describe('chapter 02 data against the report', () => {
  const market = () => get('market-size-2022-2029');
  const size = (year: string) => cellValue(market().rows.find((r) => r.year === year)!.size);
  const growth = (year: string) => cellValue(market().rows.find((r) => r.year === year)!.growth);

  it('reads 2024 (2697亿元) and 2029e (10863亿元) off the report, and derives every other year', () => {
    for (const row of market().rows) {
      const derived = typeof row.size === 'object' && row.size !== null;
      expect(derived, String(row.year)).toBe(!['2024', '2029e'].includes(String(row.year)));
    }
    expect(size('2024')).toBe(2697);
    expect(size('2029e')).toBe(10863);
  });

  it('recomputes every derived size from 2024 and the growth rates, and lands on the stated 2029e', () => {
    const years = market().rows.map((r) => String(r.year));
    const exact = new Map([['2024', 2697]]);
    for (let i = years.indexOf('2024') - 1; i >= 0; i--) exact.set(years[i]!, exact.get(years[i + 1]!)! / (1 + growth(years[i + 1]!) / 100));
    for (let i = years.indexOf('2024') + 1; i < years.length; i++) exact.set(years[i]!, exact.get(years[i - 1]!)! * (1 + growth(years[i]!) / 100));
    for (const year of years.filter((y) => !['2024', '2029e'].includes(y))) expect(size(year), year).toBe(Math.round(exact.get(year)!));
    expect(Math.abs(exact.get('2029e')! - 10863)).toBeLessThan(1);
  });

  it('recomputes the stated CAGR of 32.1% for 2024–2029e', () => {
    const rate = ((size('2029e') / size('2024')) ** (1 / 5) - 1) * 100;
    console.log(`CAGR 2024–2029e from data: ${rate.toFixed(2)}%`);
    expect(rate.toFixed(1)).toBe('32.1');
  });

  it('sums the 2024 monthly tenders and agrees with the note on the figure', () => {
    const tenders = get('tenders-monthly-2024');
    const projects = tenders.rows.reduce((t, r) => t + cellValue(r.projects), 0);
    const amount = tenders.rows.reduce((t, r) => t + cellValue(r.amount), 0);
    console.log(`2024 tenders: ${projects} projects, ${amount}万元 (${(amount / 1e4).toFixed(1)}亿元)`);
    expect(tenders.notes[0]).toContain(`${projects}个`);
    expect(tenders.notes[0]).toContain(`${amount}万元`);
    const monthly = tenders.rows.map((r) => cellValue(r.projects));
    expect(monthly, 'the prose: 项目数量与金额呈现快速增长趋势').toEqual([...monthly].sort((a, b) => a - b));
  });

  it('puts 政务, 教科, 通信 and 能源 first among tender industries, as the prose states', () => {
    const top = (measure: string) =>
      get('tenders-by-industry-2024')
        .rows.filter((r) => r.measure === measure && r.industry !== '其他')
        .sort((a, b) => cellValue(b.share) - cellValue(a.share))
        .slice(0, 4)
        .map((r) => r.industry)
        .sort();
    expect(top('项目数量占比')).toEqual(['政务', '教科', '能源', '通信'].sort());
    expect(top('项目金额占比')).toEqual(['政务', '教科', '能源', '通信'].sort());
  });
});

describe('chapter 03 data against the report', () => {
  const share = (id: string, where: (r: Record<string, unknown>) => boolean) => sum(id, 'share', where);

  it('has voice strategic and equity rounds above 70%, as the prose states', () => {
    expect(share('voice-financing-rounds-2024', (r) => r.round === '战略及股权投资')).toBeGreaterThan(70);
  });

  it('counts the same 11 voice events as chapter 01 (each share a multiple of 1/11)', () => {
    const voiceEvents = sum('financing-tracks-2024', 'events', (r) => r.track === '语音模态');
    for (const row of get('voice-financing-rounds-2024').rows) {
      const events = (cellValue(row.share) / 100) * voiceEvents;
      expect(Math.abs(events - Math.round(events)), String(row.round)).toBeLessThan(0.05);
    }
  });

  it('has 70% of generative-vision companies founded in 2023 or later, as the prose states', () => {
    expect(share('vision-founding-by-track-2024', (r) => r.track === '生成类赛道' && r.founded !== '2022及以前成立')).toBe(70);
  });

  it('has more than half of vision financing before round C, as the prose states', () => {
    const tracks = sum('financing-tracks-2024', 'events', (r) => r.track === '视觉模态');
    const direction = (name: string) => (share('vision-directions-2024', (r) => String(r.direction).includes(name)) / 100) * tracks;
    const early = (track: string) =>
      share('vision-rounds-by-track-2024', (r) => r.track === track && ['种子轮/天使轮', 'pre A-B+轮'].includes(String(r.round))) / 100;
    const earlyEvents = direction('机器视觉') * early('机器视觉赛道') + direction('生成') * early('生成类赛道');
    expect(earlyEvents / tracks).toBeGreaterThan(0.5);
  });

  it('has 53.6% of language financing before round C, as the prose states', () => {
    expect(share('language-financing-rounds-2024', (r) => ['种子轮/天使轮', 'pre A-B+轮'].includes(String(r.round))).toFixed(1)).toBe('53.6');
  });

  it('has 文娱消费 and 医疗 as the top language domains, and their founding years as the prose states', () => {
    const [first, second] = [...get('language-domains-2024').rows].sort((a, b) => cellValue(b.count) - cellValue(a.count));
    expect([first!.domain, second!.domain].sort()).toEqual(['医疗', '文娱消费']);
    const founded = (domain: string, year: string) => share('language-founding-by-domain-2024', (r) => r.domain === domain && r.founded === year);
    expect(founded('医疗', '2022年及以前')).toBeGreaterThan(80);
    expect(founded('文娱消费', '2023年') + founded('文娱消费', '2024年')).toBeGreaterThan(40);
  });
});
