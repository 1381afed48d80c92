import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeChapterSections } from '../../src/plugins/rehype-chapter-sections.ts';

const el = (tagName: string, children: ElementContent[] = [], properties = {}): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string) => ({ type: 'text' as const, value });
const run = (tree: Root) => {
  rehypeChapterSections()(tree, { path: '/site/src/content/docs/macro.mdx' } as VFile);
  return tree;
};
const tags = (nodes: Root['children']) => nodes.map((n) => (n.type === 'element' ? n.tagName : n.type));

describe('rehypeChapterSections', () => {
  it('wraps each level-2 heading and what follows it, up to the next, leaving what comes before the first as it is', () => {
    const intro = el('blockquote', [el('p', [text('导语')])]);
    const tree: Root = { type: 'root', children: [intro, text('\n'), el('h2', [text('语音')]), el('p', [text('正文')]), el('h2', [text('视觉')]), el('ul')] };
    const { children } = run(tree);
    expect(tags(children)).toEqual(['blockquote', 'text', 'section', 'section']);
    const [first, second] = children.slice(2) as Element[];
    expect(first!.properties).toEqual({ className: ['chapter-section'] });
    expect(tags(first!.children)).toEqual(['h2', 'p']);
    expect(tags(second!.children)).toEqual(['h2', 'ul']);
    expect(children[0]).toBe(intro);
  });

  it('leaves a file without level-2 headings alone', () => {
    const tree: Root = { type: 'root', children: [el('p', [text('术语表')]), el('h3', [text('小节')])] };
    expect(tags(run(tree).children)).toEqual(['p', 'h3']);
  });

  it('fails, naming the file and the heading, on a level-2 heading inside other markup: it would start no section', () => {
    const tree: Root = { type: 'root', children: [el('h2', [text('语音')]), el('div', [el('h2', [text('视觉模态')])])] };
    expect(() => run(tree)).toThrow(/macro\.mdx: level-2 heading "视觉模态" is not at the top level/);
  });
});
