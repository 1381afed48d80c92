import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import opentype from 'opentype.js';
import { expect, it } from 'vitest';
import { woffToSfnt } from '../../src/lib/outline/woff-to-sfnt.ts';

const require = createRequire(import.meta.url);
const files = join(dirname(require.resolve('@fontsource/noto-sans-sc/400.css')), 'files');

it('unwraps every WOFF slice of Noto Sans SC the images draw from into a font opentype.js reads, slice 101 too', () => {
  for (const slice of ['101', 'latin', '119']) {
    const woff = readFileSync(join(files, `noto-sans-sc-${slice}-400-normal.woff`));
    const font = opentype.parse(woffToSfnt(woff));
    expect(font.numGlyphs, `slice ${slice}`).toBeGreaterThan(1);
    expect(font.unitsPerEm).toBe(1000);
  }
});

it('refuses a file that is not WOFF', () => {
  expect(() => woffToSfnt(new Uint8Array(64))).toThrow(/WOFF/);
});
