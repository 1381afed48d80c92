/**
 * Chinese counts money in 万 (10^4) and 亿 (10^8): 1349084亿元 reads as 134.91万亿元.
 * Given a unit and the size of the numbers, returns the larger unit that reads
 * better and the divisor to get there; other units come back unchanged.
 */
const LADDERS: Record<string, { unit: string; divisor: number }[]> = {
  元: [
    { unit: '亿元', divisor: 1e8 },
    { unit: '万元', divisor: 1e4 },
  ],
  万元: [{ unit: '亿元', divisor: 1e4 }],
  亿元: [{ unit: '万亿元', divisor: 1e4 }],
};

export function scaleUnit(unit: string, magnitude: number): { unit: string; divisor: number } {
  const step = LADDERS[unit]?.find((s) => Math.abs(magnitude) >= s.divisor);
  return step ?? { unit, divisor: 1 };
}
