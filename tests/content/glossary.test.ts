import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { firstTermMatch } from '../../src/lib/glossary/first-term-match.ts';
import { loadGlossary } from '../../src/lib/glossary/load-glossary.ts';
import { readPage, requireDist } from '../helpers/dist.ts';

beforeAll(requireDist);

const ROOT = join(import.meta.dirname, '../..');
const LINES = readFileSync(join(ROOT, 'source/report-2025.txt'), 'utf8').split('\n');
const TERMS = loadGlossary(join(ROOT, 'src/content/glossary/terms.json'));
const squash = (s: string) => s.replace(/\s+/g, '');
const SOURCE = squash(LINES.join(''));

/** The elements of a section of a built page: from its heading to the next heading, tooltips left out. */
function sectionElements(page: string, anchor: string | undefined): Element[] {
  const document = readPage(`${page}/index.html`);
  for (const tip of document.querySelectorAll('.glossary-tip')) tip.remove();
  if (!anchor) return [document.querySelector('.sl-markdown-content')!];
  const elements: Element[] = [];
  let node = document.getElementById(anchor)!.closest('.sl-heading-wrapper')!.nextElementSibling;
  for (; node && !node.matches('.sl-heading-wrapper'); node = node.nextElementSibling) elements.push(node);
  return elements;
}

/** The text of a section of a built page, tooltips left out. */
const sectionText = (page: string, anchor: string | undefined) =>
  sectionElements(page, anchor)
    .map((e) => e.textContent)
    .join('');

/** Each text node of a section on its own, so that list items are not glued together ("DRGs" + "AIDD"). */
function sectionTextNodes(page: string, anchor: string | undefined): string[] {
  const texts = (node: Node): string[] => (node.nodeType === 3 ? [node.textContent ?? ''] : [...node.childNodes].flatMap(texts));
  return sectionElements(page, anchor).flatMap(texts);
}

const QUOTED = TERMS.filter((t) => t.definition ?? t.name);
const EDITORIAL = TERMS.filter((t) => !(t.definition ?? t.name));

describe.each(QUOTED)('glossary entry $id', (entry) => {
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

describe.each(EDITORIAL)('editorial glossary entry $id', (entry) => {
  // Found as the linking plugin finds it: "LoRA" is not in "QLoRA", "RL" not in "RLHF".
  const uses = (text: string) => firstTermMatch(text, [entry]) !== undefined;

  it('records the line where the report first uses the term', () => {
    expect(uses(LINES[entry.line - 1]!), `${entry.id}: "${entry.term}" not on line ${entry.line}`).toBe(true);
    expect(LINES.slice(0, entry.line - 1).findIndex(uses)).toBe(-1);
  });

  it('names the section of the site that shows the report using the term', () => {
    const [page, anchor] = entry.section.split('#') as [string, string | undefined];
    expect(sectionTextNodes(page, anchor).some(uses)).toBe(true);
  });
});

describe.each(TERMS)('glossary entry $id, as a reader meets it', (entry) => {
  // A full name alone (ASR: Automatic Speech Recognition) or a sentence that only uses the term
  // (采用GRPO…进行强化学习训练; …的MCP等工具协议) does not say what it is.
  it('says what the term is, without using the term to say it (it may open the definition as its subject)', () => {
    const text = entry.definition ?? entry.editorial?.definition;
    expect(text, `${entry.id}: no definition, quoted or editorial`).toBeDefined();
    expect(text!.startsWith(entry.term) ? text!.slice(entry.term.length) : text, entry.id).not.toContain(entry.term);
  });
});

it('glossary ids and terms are unique', () => {
  expect(new Set(TERMS.map((t) => t.id)).size).toBe(TERMS.length);
  expect(new Set(TERMS.map((t) => t.term)).size).toBe(TERMS.length);
});
