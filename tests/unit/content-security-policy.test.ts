import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/lib/hosting/content-security-policy.ts';

const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));

describe('contentSecurityPolicy', () => {
  it('allows scripts from the site, listed hashes and WebAssembly compilation only', () => {
    const policy = contentSecurityPolicy({ scriptHashes: ["'sha256-b'", "'sha256-a'", "'sha256-b'"] });
    expect(directive(policy, 'script-src')).toBe("script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'");
    expect(policy).not.toMatch(/ 'unsafe-eval'|script-src[^;]*unsafe-inline|https?:/);
  });

  it('names no other host in any directive', () => {
    for (const d of contentSecurityPolicy({ scriptHashes: [] }).split('; ')) expect(d).toMatch(/^[a-z-]+( '[^']+'| data:)+$/);
  });

  it('leaves frame-ancestors out of the <meta> form, where browsers ignore it', () => {
    expect(directive(contentSecurityPolicy({ scriptHashes: [] }), 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(contentSecurityPolicy({ scriptHashes: [], meta: true }), 'frame-ancestors')).toBeUndefined();
  });

  it('lets any site frame a page only when asked (the embed pages)', () => {
    expect(directive(contentSecurityPolicy({ scriptHashes: [], framedBy: 'any' }), 'frame-ancestors')).toBe('frame-ancestors *');
    expect(directive(contentSecurityPolicy({ scriptHashes: [], framedBy: 'any', meta: true }), 'frame-ancestors')).toBeUndefined();
  });
});
