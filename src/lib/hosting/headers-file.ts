import { EMBED_PAGES } from '../figures/figure-id.ts';
import { PRINT_EDITION } from '../site/print-edition.ts';
import { baseRoot } from '../site/with-base.ts';

/**
 * The `_headers` file Netlify and Cloudflare Pages read, for a site served under `base` whose built files
 * are `files` (paths relative to dist/).
 *
 * Both hosts apply every rule whose path matches a request, and Cloudflare joins two values of one header
 * with a comma (for a CSP, two policies, each enforced; for X-Frame-Options, a value that is neither DENY
 * nor absent); neither has a rule that undoes another on both hosts (Cloudflare's `! Header` is not
 * Netlify's). So a header that differs between paths is set only on rules that never match the same
 * path: `/*` carries what every file shares, and each top-level entry of dist/ gets its own rule with its
 * caching, the CSP and, for all but the embed pages, the refusal to be framed (X-Frame-Options: DENY,
 * frame-ancestors 'none'). Hashed build assets never change, so they are cached for a year; the service
 * worker script is never cached by HTTP, or a new deploy would not reach readers who have it; everything
 * else is revalidated.
 */
export function headersFile({ base, files, csp, embedCsp }: { base: string; files: readonly string[]; csp: string; embedCsp: string }): string {
  const root = baseRoot(base);
  // Written after this file: sw.js (src/integrations/service-worker.ts runs last) and the print edition's PDF (npm run pdf).
  const entries = [...new Set([...files.filter((f) => f !== '_headers'), 'sw.js', PRINT_EDITION.pdf].map((f) => (f.includes('/') ? `${f.split('/')[0]}/*` : f)))].sort();
  const caching = (entry: string) =>
    entry === '_astro/*' ? 'public, max-age=31536000, immutable' : entry === 'sw.js' ? 'no-cache' : 'public, max-age=0, must-revalidate';
  const rule = (entry: string) =>
    entry === `${EMBED_PAGES}/*`
      ? `${root}${entry}\n  Cache-Control: ${caching(entry)}\n  Content-Security-Policy: ${embedCsp}\n`
      : `${root}${entry}\n  Cache-Control: ${caching(entry)}\n  Content-Security-Policy: ${csp}\n  X-Frame-Options: DENY\n`;
  return `# Generated at build time (src/integrations/security-headers.ts); edit that file, not this one.
# Rules never overlap on a header: see src/lib/hosting/headers-file.ts.
${root}*
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()

${[rule(''), ...entries.map(rule)].join('\n')}`;
}
