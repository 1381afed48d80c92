export interface PolicyOptions {
  /** CSP hash sources of every inline script the site ships, e.g. "'sha256-…'". */
  scriptHashes: readonly string[];
  /** Delivered in a <meta> tag: directives browsers ignore there (frame-ancestors) are left out. */
  meta?: boolean;
  /** Who may frame the page: nobody (every page), or any site (the embed pages). Default nobody. */
  framedBy?: 'none' | 'any';
}

/**
 * The site's Content Security Policy: everything from the site itself, nothing from any other host.
 * Inline scripts run only when their hash is listed; 'wasm-unsafe-eval' lets Pagefind compile its
 * WebAssembly and nothing else. Inline style attributes (chart swatches, Starlight) stay allowed:
 * styles cannot run code.
 */
export function contentSecurityPolicy({ scriptHashes, meta = false, framedBy = 'none' }: PolicyOptions): string {
  const hashes = [...new Set(scriptHashes)].sort();
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(meta ? [] : [framedBy === 'any' ? 'frame-ancestors *' : "frame-ancestors 'none'"]),
  ];
  return directives.join('; ');
}
