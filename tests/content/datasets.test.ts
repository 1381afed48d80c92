import { describe, expect, it } from 'vitest';
import { cellValue } from '../../src/lib/data/cell-value.ts';
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

describe('chapter 01 data against the report', () => {
  it('counts the same 2024 financing events by round and by track', () => {
    const byRound = sum('financing-rounds-2023-2024', 'events', (r) => r.year === '2024年');
    const byTrack = sum('financing-tracks-2024', 'events');
    console.log(`2024 financing events: ${byRound} by round, ${byTrack} by track`);
    expect(byRound).toBe(byTrack);
  });

  it('has 2020 GDP growth at 2.2% as the prose states', () => {
    const row = get('gdp-2014-2024').rows.find((r) => r.year === '2020年')!;
    expect(row.growth).toBe(2.2);
  });

  it('bears out the GDP note: 2024 growth is nominal, 2023 growth is not', () => {
    const gdp = new Map(get('gdp-2014-2024').rows.map((r) => [r.year, cellValue(r.gdp)]));
    const nominal = (year: number) => (gdp.get(`${year}年`)! / gdp.get(`${year - 1}年`)! - 1) * 100;
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
      (r) => r.year === '2023年' && r.statement === 'AI产品及服务让我更加焦虑',
    )!;
    expect(cellValue(anxious.agree)).toBeGreaterThan(50);
  });

  it('has AI chips above 50% of base-layer investment, as the slide states', () => {
    expect(sum('ai-chip-share-2024', 'share', (r) => r.segment === 'AI芯片')).toBeGreaterThan(50);
  });
});
