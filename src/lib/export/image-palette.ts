import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The concrete colours of an exported figure image: on the page, charts take theirs from CSS variables
 * (styles/tokens.css) and currentColor, which a file opened elsewhere does not have. An image uses the
 * light palette on white, as the page prints.
 */
export interface ImagePalette {
  /** Each CSS variable a chart references ("--chart-1") and its light-theme value. */
  variables: Record<string, string>;
  /** currentColor: the chart text's colour on the page (Starlight's light --sl-color-gray-2). */
  ink: string;
}

/** The site's colour tokens, from the project's root. */
const TOKENS_CSS = 'src/styles/tokens.css';

/** Starlight's light-theme values of the variables charts reference besides our own tokens. */
const STARLIGHT_LIGHT = { '--sl-color-bg': '#ffffff' };
const STARLIGHT_LIGHT_GRAY_2 = '#353841';

/**
 * Reads the light palette from tokens.css (its first rule, `:root, :root[data-theme='light']`), so the
 * colours have one owner. Fails naming the file when the rule or a colour is missing.
 */
export function imagePalette(tokensCss: string, file = TOKENS_CSS): ImagePalette {
  const light = /:root,\s*:root\[data-theme='light'\]\s*{([^}]*)}/.exec(tokensCss)?.[1];
  if (!light) throw new Error(`${file}：找不到浅色主题的颜色规则（:root, :root[data-theme='light']），图表图片无法取色`);
  const variables: Record<string, string> = { ...STARLIGHT_LIGHT };
  for (const [, name, value] of light.matchAll(/(--[\w-]+):\s*([^;]+);/g)) variables[name!] = value!.trim();
  if (!variables['--chart-1'] || !variables['--chart-grid']) throw new Error(`${file}：浅色主题缺少 --chart-1 或 --chart-grid`);
  return { variables, ink: STARLIGHT_LIGHT_GRAY_2 };
}

/** An SVG with every var(--…) and currentColor replaced by its colour; an unknown variable fails, naming it. */
export function concreteColours(svg: string, palette: ImagePalette, what: string): string {
  return svg
    .replace(/var\((--[\w-]+)\)/g, (_, name: string) => {
      const value = palette.variables[name];
      if (!value) throw new Error(`${what}：图表引用了 styles/tokens.css 浅色主题中没有的颜色变量 ${name}`);
      return value;
    })
    .replace(/currentColor/g, palette.ink);
}

let light: ImagePalette | undefined;
/** The site's light palette, read from its tokens once a build. */
export const lightPalette = (): ImagePalette => (light ??= imagePalette(readFileSync(join(process.cwd(), TOKENS_CSS), 'utf8')));
