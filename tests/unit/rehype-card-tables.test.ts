import type { Element, ElementContent, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeCardTables } from '../../src/plugins/rehype-card-tables.ts';

const el = (tagName: string, children: ElementContent[] = []): Element => ({ type: 'element', tagName, properties: {}, children });
const text = (value: string) => ({ type: 'text' as const, value });
const jsx = (name: string, children: unknown[] = []) => ({ type: 'mdxJsxFlowElement', name, attributes: [] as { name: string; value: unknown }[], children });

describe('rehypeCardTables', () => {
  it('labels each cell of a Markdown table with its column’s header, makes the first column the row’s header, and frames the table', () => {
    const table = el('table', [
      el('thead', [el('tr', [el('th', [text('工具')]), el('th', [text('定位')]), el('th', [text('说明')])])]),
      el('tbody', [el('tr', [el('td', [text('一体机')]), el('td', [text('集结硬件算力与软件平台的产品')]), el('td', [el('strong', [text('一方面')])])])]),
    ]);
    const tree: Root = { type: 'root', children: [table] };
    rehypeCardTables()(tree);
    const frame = tree.children[0] as Element;
    expect(frame.properties).toEqual({ className: ['card-table-frame'] });
    expect(frame.children[0]).toBe(table);
    expect(table.properties).toEqual({ className: ['card-table'] });
    const cells = ((table.children[1] as Element).children[0] as Element).children as Element[];
    // Names (up to ten characters) stay on one line; the fourteen-character 定位 is text.
    expect(cells.map((c) => [c.tagName, c.properties])).toEqual([
      ['th', { scope: 'row', className: ['table-name'] }],
      ['td', { 'data-label': '定位' }],
      ['td', { 'data-label': '说明', className: ['table-name'] }],
    ]);
  });

  it('labels the cells of a table written as JSX in MDX, inside other markup', () => {
    const row = jsx('tr', [jsx('th', [text('系统一：直觉和本能')]), jsx('td', [text('快速、自动、无意识的反应，依赖经验')]), jsx('td', [text('95%')])]);
    const table = jsx('table', [jsx('thead', [jsx('tr', [jsx('th', [text('思考形态')]), jsx('th', [text('特点')]), jsx('th', [text('占比')])])]), jsx('tbody', [row])]);
    const tree = { type: 'root', children: [jsx('dl', [jsx('dd', [table])])] } as unknown as Root;
    rehypeCardTables()(tree);
    expect(table.attributes).toEqual([{ type: 'mdxJsxAttribute', name: 'class', value: 'card-table' }]);
    const name = { type: 'mdxJsxAttribute', name: 'class', value: 'table-name' };
    expect(row.children.map((c) => (c as ReturnType<typeof jsx>).attributes)).toEqual([
      [name],
      [{ type: 'mdxJsxAttribute', name: 'data-label', value: '特点' }],
      [{ type: 'mdxJsxAttribute', name: 'data-label', value: '占比' }, name],
    ]);
  });
});
