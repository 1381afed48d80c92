import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGlossary } from '../../src/lib/glossary/load-glossary.ts';
import { readPage, requireDist } from '../helpers/dist.ts';

beforeAll(requireDist);

const ROOT = join(import.meta.dirname, '../..');
const LINES = readFileSync(join(ROOT, 'source/report-2025.txt'), 'utf8').split('\n');
const TERMS = loadGlossary(join(ROOT, 'src/content/glossary/terms.json'));
const squash = (s: string) => s.replace(/\s+/g, '');
const SOURCE = squash(LINES.join(''));

/** The text of a section of a built page: from its heading to the next heading, tooltips left out. */
function sectionText(page: string, anchor: string | undefined): string {
  const document = readPage(`${page}/index.html`);
  for (const tip of document.querySelectorAll('.glossary-tip')) tip.remove();
  if (!anchor) return document.querySelector('.sl-markdown-content')!.textContent ?? '';
  let node = document.getElementById(anchor)!.closest('.sl-heading-wrapper')!.nextElementSibling;
  let text = '';
  for (; node && !node.matches('.sl-heading-wrapper'); node = node.nextElementSibling) text += node.textContent;
  return text;
}

describe.each(TERMS)('glossary entry $id', (entry) => {
  const quote = squash(entry.definition ?? entry.name!);

  it('quotes its definition (or full name) verbatim from the source, starting on the recorded line', () => {
    const start = squash(LINES.slice(entry.line - 1).join('')).indexOf(quote);
    expect(start, `${entry.id}: quote not found from line ${entry.line}`).toBeGreaterThanOrEqual(0);
    expect(start, `${entry.id}: quote does not start on line ${entry.line}`).toBeLessThan(squash(LINES[entry.line - 1]!).length);
  });

  it('quotes its full name verbatim from the source', () => {
    if (entry.name) expect(SOURCE).toContain(squash(entry.name));
  });

  it('names the section of the site that shows the quoted text', () => {
    const [page, anchor] = entry.section.split('#') as [string, string | undefined];
    expect(squash(sectionText(page, anchor))).toContain(quote);
  });
});

it('glossary ids and terms are unique', () => {
  expect(new Set(TERMS.map((t) => t.id)).size).toBe(TERMS.length);
  expect(new Set(TERMS.map((t) => t.term)).size).toBe(TERMS.length);
});
