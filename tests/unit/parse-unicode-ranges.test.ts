import { describe, expect, it } from 'vitest';
import { parseUnicodeRanges } from '../../src/lib/outline/unicode-ranges.ts';

const css = `/* slice 4 */
@font-face {
  font-family: 'Noto Sans SC';
  src: url(./files/a-4-700-normal.woff2) format('woff2'), url(./files/a-4-700-normal.woff) format('woff');
  unicode-range: U+1f1e9-1f1f5,U+4e2d,U+20-7e;
}
@font-face {
  font-family: 'Noto Sans SC';
  src: url(./files/a-5-700-normal.woff2) format('woff2');
  unicode-range: U+4e00;
}`;

describe('parseUnicodeRanges', () => {
  it('reads each face’s file in the asked format and its ranges, single code points as one-point ranges', () => {
    expect(parseUnicodeRanges(css, 'woff')).toEqual([
      { file: './files/a-4-700-normal.woff', ranges: [[0x1f1e9, 0x1f1f5], [0x4e2d, 0x4e2d], [0x20, 0x7e]] },
    ]);
  });

  it('skips faces without a source in that format', () => {
    expect(parseUnicodeRanges(css, 'woff2').map((s) => s.file)).toEqual(['./files/a-4-700-normal.woff2', './files/a-5-700-normal.woff2']);
  });
});
