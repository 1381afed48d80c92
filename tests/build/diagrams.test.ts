import { beforeAll, describe, expect, it } from 'vitest';
import { diagramPhrases } from '../helpers/diagram-phrases.ts';
import { PRINT_PAGE, readPage, readingPages, requireDist } from '../helpers/dist.ts';
import { realDiagrams } from '../helpers/real-diagrams.ts';

beforeAll(requireDist);

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '');
const diagrams = realDiagrams();

/** The reading pages showing a diagram, found by its figure's id; the print edition repeats them all. */
function pagesShowing(id: string): string[] {
  return readingPages().filter((page) => readPage(page).getElementById(`diagram-${id}`));
}

/** Own text of a list item, without its nested lists: the item's label. */
const ownText = (li: Element) =>
  squash([...li.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join(''));

describe.each(diagrams)('$id', ({ id, diagram }) => {
  const figure = () => {
    const [page] = pagesShowing(id);
    return readPage(page!).getElementById(`diagram-${id}`)!;
  };

  it('is shown on exactly one reading page, and again in the print edition', () => {
    expect(pagesShowing(id)).toHaveLength(1);
    expect(readPage(PRINT_PAGE).getElementById(`diagram-${id}`)).not.toBeNull();
  });

  it('is a figure named by its title and described in words', () => {
    const f = figure();
    const doc = f.ownerDocument;
    expect(f.tagName).toBe('FIGURE');
    expect(doc.getElementById(f.getAttribute('aria-labelledby')!)?.textContent).toBe(diagram.title);
    expect(squash(doc.getElementById(f.getAttribute('aria-describedby')!)?.textContent).length).toBeGreaterThan(10);
  });

  it('shows its 来源 line from the data, once', () => {
    expect([...figure().querySelectorAll('.figure-source')].map((p) => p.textContent)).toEqual([`来源：${diagram.source}`]);
  });

  it('renders every phrase of its data', () => {
    const text = squash(figure().textContent);
    expect(diagramPhrases(diagram).filter((p) => !text.includes(squash(p)))).toEqual([]);
  });
});

describe('the industry map', () => {
  const entry = diagrams.find((d) => d.id === 'industry-map-2024')!;
  const map = entry.diagram;
  if (map.kind !== 'tree') throw new Error('industry map is not a tree');
  const figure = () => readPage(pagesShowing(entry.id)[0]!).getElementById('diagram-industry-map-2024')!;

  it('is an ordered list of layers, each a list of segments with its items as list items', () => {
    const layers = [...figure().querySelectorAll('ol.tree-layers > li')];
    expect(layers.map((l) => squash(l.querySelector('.tree-layer-name strong')?.textContent))).toEqual(map.layers.map((l) => l.name));
    map.layers.forEach((layer, i) => {
      const items = [...layers[i]!.querySelectorAll('.tree-items li')].map(ownText);
      const expected = layer.segments.flatMap((s) => s.items.flatMap((it) => (typeof it === 'string' ? [it] : [it.label, ...it.children])));
      expect(items, layer.name).toEqual(expected.map(squash));
    });
  });

  it('puts every named segment with items in a details element whose summary names it', () => {
    const summaries = [...figure().querySelectorAll('.tree-map details > summary')].map((s) => squash(s.firstChild?.textContent));
    const named = map.layers.flatMap((l) => l.segments.filter((s) => s.name && s.items.length > 0).map((s) => s.name!));
    expect(summaries).toEqual(named);
    expect([...figure().querySelectorAll('.tree-map details')].every((d) => d.hasAttribute('open'))).toBe(true);
  });

  it('shows the layer focus buttons only to scripts, one per layer plus "全部层", none pressed but "全部层"', () => {
    const bar = figure().querySelector('.tree-focus')!;
    expect(bar.hasAttribute('hidden')).toBe(false);
    expect(bar.getAttribute('role')).toBe('group');
    const buttons = [...bar.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['全部层', ...map.layers.map((l) => l.name)]);
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).toEqual(['true', ...map.layers.map(() => 'false')]);
  });
});

describe('matrix and comparison diagrams', () => {
  it('are real tables with column headers and one row header per row', () => {
    for (const { id, diagram } of diagrams) {
      if (diagram.kind !== 'matrix' && diagram.kind !== 'compare') continue;
      const table = readPage(pagesShowing(id)[0]!).querySelector(`#diagram-${id} table`)!;
      const headings = diagram.kind === 'matrix' ? diagram.headings : [diagram.optionHeading, ...diagram.aspects];
      expect([...table.querySelectorAll('thead th[scope=col]')].map((th) => th.textContent), id).toEqual([...headings]);
      const rows = diagram.kind === 'matrix' ? diagram.rows.flatMap((r) => r.categories.flatMap((c) => c.entries)).length : diagram.options.length;
      expect(table.querySelectorAll('tbody tr:has(td)').length, id).toBe(rows);
    }
  });
});
