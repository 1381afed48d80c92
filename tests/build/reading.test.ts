import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EDITORIAL_LABEL, editorialGlossText } from '../../src/lib/glossary/editorial-gloss.ts';
import { glossaryTipText } from '../../src/lib/glossary/glossary-tip-text.ts';
import { loadGlossary } from '../../src/lib/glossary/load-glossary.ts';
import { htmlPages, PRINT_PAGE, readPage, requireDist } from '../helpers/dist.ts';
import { loadPagefind, searchUrls } from '../helpers/pagefind.ts';

beforeAll(requireDist);

const TERMS = loadGlossary(join(import.meta.dirname, '../../src/content/glossary/terms.json'));
const CHAPTER_PAGES = ['preface', 'abstract', 'macro', 'industry-value', 'commercialization', 'cases', 'trends'];

describe.each(htmlPages().filter((p) => p !== 'glossary/index.html'))('glossary links on %s', (page) => {
  const document = readPage(page);
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.glossary-term > a')];

  it('link each term at most once per chapter, never inside a heading, link, figure or another term', () => {
    // The print edition joins the chapters, each with its own first occurrences.
    const chapters = page === PRINT_PAGE ? [...document.querySelectorAll('.print-chapter')] : [document.body];
    for (const chapter of chapters) {
      const targets = [...chapter.querySelectorAll('.glossary-term > a')].map((a) => a.getAttribute('href'));
      expect(targets.length).toBe(new Set(targets).size);
    }
    const misplaced = links.filter((a) => a.parentElement!.parentElement!.closest('h1, h2, h3, h4, h5, h6, a, figure, .glossary-term'));
    expect(misplaced.map((a) => a.textContent)).toEqual([]);
  });

  it('describe each link by its tooltip, which quotes the entry (an editorial gloss under its label) and is kept out of search', () => {
    for (const a of links) {
      const entry = TERMS.find((t) => a.getAttribute('href') === `/glossary/#${t.id}`)!;
      expect(a.textContent).toBe(entry.term);
      const tip = document.getElementById(a.getAttribute('aria-describedby')!)!;
      expect(tip.matches('.glossary-tip[role="tooltip"][data-pagefind-ignore]')).toBe(true);
      expect(tip.textContent).toContain(entry.definition ?? entry.name ?? entry.editorial!.definition ?? entry.editorial!.name);
      expect(tip.querySelector('.glossary-label')?.textContent ?? null).toBe(entry.editorial ? EDITORIAL_LABEL : null);
    }
  });
});

describe('the glossary page', () => {
  const document = readPage('glossary/index.html');

  it('has an entry with an anchor for every term, in the order of its terms', () => {
    const ids = [...document.querySelectorAll('.glossary-entry')].map((e) => e.id);
    expect([...ids].sort()).toEqual(TERMS.map((t) => t.id).sort());
    const terms = ids.map((id) => TERMS.find((t) => t.id === id)!.term);
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'zh-CN')));
  });

  it('links every entry to the section where the report gives it', () => {
    for (const term of TERMS) {
      const href = document.getElementById(term.id)!.querySelector('.glossary-where a')!.getAttribute('href');
      expect(href).toBe(`/${term.section.replace('#', '/#')}${term.section.includes('#') ? '' : '/'}`);
    }
  });

  it('is linked from every chapter where a term occurs, RAG first in chapter 02’s post-training paragraph', () => {
    const linked = CHAPTER_PAGES.filter((p) => readPage(`${p}/index.html`).querySelector('a[href^="/glossary/#"]'));
    expect(linked.length).toBeGreaterThanOrEqual(5);
    const rag = readPage('industry-value/index.html').querySelector('a[href="/glossary/#rag"]')!;
    expect(rag.closest('p')!.textContent).toMatch(/^2024年，“后训练”和“强化学习”/);
  });
});

describe('editorial glosses', () => {
  const glossary = readPage('glossary/index.html');
  const labelled = (root: ParentNode) => [...root.querySelectorAll('.glossary-label')].filter((l) => l.textContent === EDITORIAL_LABEL);

  it('are labelled 编者释义 on the glossary page, for exactly the entries the editors wrote', () => {
    const ids = labelled(glossary).map((label) => label.closest('.glossary-entry')!.id);
    expect(ids.sort()).toEqual(['aidd', 'asr', 'grpo', 'lora', 'mcp', 'rlhf', 'tts']);
    expect(TERMS.filter((t) => t.editorial).map((t) => t.id).sort()).toEqual(ids);
    for (const id of ids) {
      const gloss = labelled(glossary.getElementById(id)!)[0]!.closest('dd')!;
      expect(gloss.textContent).toBe(EDITORIAL_LABEL + editorialGlossText(TERMS.find((t) => t.id === id)!.editorial!));
    }
    expect(glossary.querySelector('.sl-markdown-content > p')!.textContent).toContain('标有“编者释义”的几条，报告只使用而未给出定义，其释义由本站编者撰写');
  });

  it('link the first LoRA and RLHF of chapter 02 to their entries, the tooltip under the label', () => {
    const chapter = readPage('industry-value/index.html');
    for (const [term, id] of [['RLHF', 'rlhf'], ['LoRA', 'lora']] as const) {
      const first = [...chapter.querySelectorAll('.glossary-term > a')].find((a) => a.textContent === term)!;
      expect(first.getAttribute('href')).toBe(`/glossary/#${id}`);
      const tip = chapter.getElementById(first.getAttribute('aria-describedby')!)!;
      expect(tip.firstElementChild!.matches('.glossary-label')).toBe(true);
      expect(tip.textContent).toBe(EDITORIAL_LABEL + glossaryTipText(TERMS.find((t) => t.id === id)!));
    }
    // RLHF's first linked use is the prose on vendors' fine-tuning, not the delivery-path figure above it.
    const rlhf = chapter.querySelector('a[href="/glossary/#rlhf"]')!;
    expect(rlhf.closest('p')!.textContent).toMatch(/^2024年，大模型能力变现及商业化进程进入关键期/);
  });
});

describe('the print edition /full/', () => {
  const document = readPage(PRINT_PAGE);

  it('holds every chapter, in reading order, each as a section titled by its chapter', () => {
    const titles = [...document.querySelectorAll('.print-chapter > h2')].map((h) => h.textContent);
    expect(titles).toEqual(CHAPTER_PAGES.map((p) => readPage(`${p}/index.html`).querySelector('h1')!.textContent!.trim()));
  });

  it('puts each chapter’s sections one heading level below the chapter title, ids kept', () => {
    for (const [i, section] of [...document.querySelectorAll('.print-chapter')].entries()) {
      expect(section.querySelectorAll('h2').length).toBe(1);
      const chapterIds = [...readPage(`${CHAPTER_PAGES[i]}/index.html`).querySelectorAll('.sl-markdown-content h2[id]')].map((h) => h.id);
      expect([...section.querySelectorAll('h3[id]')].map((h) => h.id)).toEqual(chapterIds);
    }
  });

  it('holds each chapter page’s whole text and every figure', () => {
    const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '');
    const full = squash(document.querySelector('.sl-markdown-content')!.textContent);
    for (const p of CHAPTER_PAGES) {
      const chapter = readPage(`${p}/index.html`);
      for (const para of chapter.querySelectorAll('.sl-markdown-content > p')) expect(full).toContain(squash(para.textContent));
      for (const figure of chapter.querySelectorAll('figure.report-figure')) expect(document.getElementById(figure.id)).not.toBeNull();
    }
  });

  it('has unique ids, and every in-page link finds its target', () => {
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const targets = [...document.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href')!.slice(1));
    expect(targets.filter((id) => id && !ids.includes(decodeURIComponent(id)))).toEqual([]);
  });
});

describe('the search index', () => {
  let pagefind: Awaited<ReturnType<typeof loadPagefind>>;
  beforeAll(async () => {
    pagefind = await loadPagefind();
  });

  it('does not index the print edition, so results point to chapter pages', async () => {
    expect(await searchUrls(pagefind, '后训练')).not.toContain('/full/');
    expect(await searchUrls(pagefind, '后训练')).toContain('/industry-value/');
  });

  it('does not index glossary tooltips: a definition is found where the report gives it, not where a tooltip quotes it', async () => {
    // The Diffusion Model definition is macro's text; industry-value and commercialization only link the term.
    const urls = await searchUrls(pagefind, '从有序到无序');
    expect(urls).toContain('/macro/');
    expect(urls).not.toContain('/industry-value/');
    expect(readPage('industry-value/index.html').querySelector('.glossary-tip')!.textContent).toBeTruthy();
  });
});
