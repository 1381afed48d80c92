import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const STARLIGHT_TOC = /@astrojs\/starlight\/.*components-internals\/TableOfContents\/starlight-toc\.[jt]s$/;
const LEAN_TOC = fileURLToPath(new URL('../scripts/starlight-toc.ts', import.meta.url));

/**
 * Resolves Starlight's table-of-contents highlighter to src/scripts/starlight-toc.ts, which does the
 * same from the headings alone (that file says why). Starlight's TableOfContents and
 * MobileTableOfContents components stay as they are; only the module they import changes.
 */
export function leanStarlightToc(): Plugin {
  return {
    name: 'lean-starlight-toc',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.includes('starlight-toc')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && STARLIGHT_TOC.test(resolved.id) ? LEAN_TOC : null;
    },
  };
}
