import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { imagePalette, lightPalette } from '../../src/lib/export/image-palette.ts';

it('reads the light palette from the site’s tokens, as the page’s light theme has it', () => {
  const tokens = readFileSync('src/styles/tokens.css', 'utf8');
  const light = /:root,\s*:root\[data-theme='light'\]\s*{([^}]*)}/.exec(tokens)![1]!;
  expect(light).toContain(`--chart-1: ${lightPalette().variables['--chart-1']};`);
  expect(light).toContain(`--chart-grid: ${lightPalette().variables['--chart-grid']};`);
});

it('stops the build, naming the file, when the light rule or a chart colour is missing', () => {
  expect(() => imagePalette(':root[data-theme="dark"] { --chart-1: #fff; }', 'tokens.css')).toThrow(/tokens\.css：找不到浅色主题/);
  expect(() => imagePalette(":root, :root[data-theme='light'] { --chart-1: #fff; }", 'tokens.css')).toThrow(/tokens\.css：浅色主题缺少 --chart-1 或 --chart-grid/);
});
