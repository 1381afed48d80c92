import type { Element, Root, RootContent } from 'hast';
import { isTableName, TABLE_NAME_CLASS } from '../lib/site/table-names.ts';

/** A table part in a page's Markdown, written as Markdown (an element) or as JSX in MDX (`<table>…`). */
type JsxElement = { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement'; name: string | null; attributes: { type: string; name?: string; value?: unknown }[]; children: RootContent[] };
type Part = Element | JsxElement;
/** Any node the walk meets: hast's own, or MDX's JSX elements, which hast's types do not list. */
type Node = Root | RootContent | Part;

const nameOf = (node: Node): string | undefined =>
  node.type === 'element' ? node.tagName : node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement' ? ((node as JsxElement).name ?? undefined) : undefined;
const childrenOf = (node: Node): Node[] => ('children' in node ? (node.children as Node[]) : []);
const partsNamed = (node: Node, names: string[]): Part[] => childrenOf(node).filter((c): c is Part => names.includes(nameOf(c) ?? ''));
const textOf = (node: Node): string => (node.type === 'text' ? node.value : childrenOf(node).map(textOf).join(''));

function setAttribute(part: Part, name: string, value: string): void {
  if (part.type === 'element') part.properties[name === 'class' ? 'className' : name] = name === 'class' ? [value] : value;
  else part.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

/**
 * Marks each table of a page's own text (Markdown tables and tables written as JSX in MDX) as a card
 * table: the stylesheet (styles/typography.css) sets it as a card per row in a column too narrow for
 * its columns, each cell under its column's header, which this copies into the cell's `data-label`. A
 * phone's column otherwise squeezes a long-text table to one or two characters a line. A cell that
 * holds a name (lib/site/table-names.ts) is marked to stay on one line. Each table is put in a frame
 * that is the size container the stylesheet's query measures.
 */
export function rehypeCardTables() {
  return (tree: Root) => {
    const visit = (node: Node) => {
      const children = childrenOf(node);
      for (const [i, child] of children.entries()) {
        if (nameOf(child) !== 'table') {
          visit(child);
          continue;
        }
        const table = child as Part;
        const head = partsNamed(table, ['thead'])[0];
        const headCells = head ? partsNamed(partsNamed(head, ['tr'])[0]!, ['th', 'td']) : [];
        const headers = headCells.map((cell) => textOf(cell).trim());
        for (const cell of headCells) if (isTableName(textOf(cell))) setAttribute(cell, 'class', TABLE_NAME_CLASS);
        const rows = [...partsNamed(table, ['tbody']).flatMap((body) => partsNamed(body, ['tr'])), ...partsNamed(table, ['tr'])];
        for (const row of rows) {
          for (const [column, cell] of partsNamed(row, ['td', 'th']).entries()) {
            // A Markdown table's first column names its row (工具, 阶段, 厂商类型…): it heads the row's card.
            if (column === 0 && cell.type === 'element' && cell.tagName === 'td') {
              cell.tagName = 'th';
              cell.properties.scope = 'row';
            } else if (nameOf(cell) === 'td' && headers[column]) setAttribute(cell, 'data-label', headers[column]);
            if (isTableName(textOf(cell))) setAttribute(cell, 'class', TABLE_NAME_CLASS);
          }
        }
        setAttribute(table, 'class', 'card-table');
        const frame: Element = { type: 'element', tagName: 'div', properties: { className: ['card-table-frame'] }, children: [table as Element] };
        children[i] = frame;
      }
    };
    visit(tree);
  };
}
