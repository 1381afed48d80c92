import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT_MESSAGE, embedSnippet } from '../../src/lib/figures/embed-snippet.ts';

describe('embedSnippet', () => {
  const snippet = embedSnippet({ src: 'https://example.github.io/ai-report-2025/embed/fig-1-3/', title: '图1-3 “投融资”轮次 & 分布' });
  const { document } = parseHTML(`<body>${snippet}</body>`);

  it('is an iframe of the embed page, titled, lazy, at a starting height, then its listener', () => {
    const iframe = document.querySelector('iframe')!;
    expect(iframe.getAttribute('src')).toBe('https://example.github.io/ai-report-2025/embed/fig-1-3/');
    expect(iframe.getAttribute('title')).toBe('图1-3 “投融资”轮次 & 分布');
    expect(iframe.getAttribute('loading')).toBe('lazy');
    expect(Number(iframe.getAttribute('height'))).toBeGreaterThan(0);
    expect(iframe.nextElementSibling?.tagName).toBe('SCRIPT');
  });

  it('sets the height its frame is sent, and ignores other origins, frames and messages', () => {
    const iframe = { height: '500', contentWindow: {} };
    let handler: (e: unknown) => void = () => {};
    const listener = document.querySelector('script')!.textContent!;
    new Function('document', 'addEventListener', listener)({ currentScript: { previousElementSibling: iframe } }, (_: string, h: (e: unknown) => void) => (handler = h));
    const message = (origin: string, source: unknown, data: unknown) => handler({ origin, source, data });
    message('https://evil.example', iframe.contentWindow, { type: EMBED_HEIGHT_MESSAGE, height: 900 });
    message('https://example.github.io', {}, { type: EMBED_HEIGHT_MESSAGE, height: 900 });
    message('https://example.github.io', iframe.contentWindow, { type: 'other', height: 900 });
    message('https://example.github.io', iframe.contentWindow, { type: EMBED_HEIGHT_MESSAGE, height: '900' });
    expect(iframe.height).toBe('500');
    message('https://example.github.io', iframe.contentWindow, { type: EMBED_HEIGHT_MESSAGE, height: 731.2 });
    expect(iframe.height).toBe('732');
  });
});
