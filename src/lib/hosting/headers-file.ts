import { baseRoot } from '../site/with-base.ts';

/**
 * The `_headers` file Netlify and Cloudflare Pages read, for a site served under `base`.
 * Hashed build assets never change, so they are cached for a year; pages, the search index and
 * the data downloads change with each deploy and are revalidated. The service worker script must
 * never be cached by HTTP, or a new deploy would not reach readers who have it.
 */
export function headersFile({ base, csp }: { base: string; csp: string }): string {
  const root = baseRoot(base);
  return `# Generated at build time (src/integrations/security-headers.ts); edit that file, not this one.
${root}_astro/*
  Cache-Control: public, max-age=31536000, immutable

${root}sw.js
  Cache-Control: no-cache

${root}*
  Cache-Control: public, max-age=0, must-revalidate
  Content-Security-Policy: ${csp}
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()
  X-Frame-Options: DENY
`;
}
