import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import opentype from 'opentype.js';
import { parseUnicodeRanges } from './unicode-ranges.ts';
import { woffToSfnt } from './woff-to-sfnt.ts';

const require = createRequire(join(process.cwd(), 'package.json'));

/**
 * Noto Sans SC (SIL Open Font License, from the npm package @fontsource/noto-sans-sc), for drawing
 * text as outlines at build time (social cards, figure images), on any machine, whatever fonts it
 * has. The family comes in ~100 slices by unicode-range; a slice is read only when a character
 * drawn needs it.
 */
export function notoSansSc(weight: 400 | 700): (char: string) => opentype.Font {
  let family = families.get(weight);
  if (!family) {
    family = slicedFont(weight);
    families.set(weight, family);
  }
  return family;
}

// One reading of each weight per build, whichever pictures (social cards, figure images) draw with it.
const families = new Map<number, (char: string) => opentype.Font>();

function slicedFont(weight: 400 | 700): (char: string) => opentype.Font {
  const css = require.resolve(`@fontsource/noto-sans-sc/${weight}.css`);
  const slices = parseUnicodeRanges(readFileSync(css, 'utf8'), 'woff');
  const loaded = new Map<string, opentype.Font>();
  return (char) => {
    const code = char.codePointAt(0)!;
    const slice = slices.find((s) => s.ranges.some(([lo, hi]) => code >= lo && code <= hi));
    if (!slice) throw new Error(`字体 Noto Sans SC ${weight} 没有字符“${char}”（U+${code.toString(16).toUpperCase()}），无法绘制为轮廓`);
    let font = loaded.get(slice.file);
    if (!font) {
      font = opentype.parse(woffToSfnt(readFileSync(join(dirname(css), slice.file))));
      loaded.set(slice.file, font);
    }
    return font;
  };
}
