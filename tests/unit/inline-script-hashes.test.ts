import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from '../../src/lib/hosting/inline-script-hashes.ts';

describe('inlineScriptHashes', () => {
  it('hashes an inline script as the CSP spec example does', () => {
    // The example from the CSP Level 3 spec and MDN's script-src page.
    expect(inlineScriptHashes("<script>alert('Hello, world.');</script>")).toEqual(["'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"]);
  });

  it('skips external scripts, empty scripts and JSON data blocks', () => {
    const html = '<script type="module" src="/a.js"></script><script></script><script type="application/ld+json">{"a":1}</script>';
    expect(inlineScriptHashes(html)).toEqual([]);
  });

  it('hashes the body exactly, whitespace included, whatever the attributes', () => {
    const [spaced] = inlineScriptHashes('<script aria-hidden="true"> x() </script>');
    const [bare] = inlineScriptHashes('<script>x()</script>');
    expect(spaced).not.toEqual(bare);
  });
});
