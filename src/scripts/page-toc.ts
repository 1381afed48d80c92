/**
 * The "on this page" highlighter of components/overrides/TableOfContents and MobileTableOfContents:
 * marks the link of the section being read, watching the headings only.
 *
 * Starlight's own highlighter matches every element in <main> against `:has()` selectors and observes
 * each match. On the print edition that is 356 elements and about 200 ms of main thread per table of
 * contents on a phone-speed CPU, paid twice per page (the desktop and the mobile one). The current
 * section is simply the last heading above a line below the header, and finding it needs only the
 * headings' positions. A heading inside a part of the page skipped while off screen (a print-edition
 * chapter, a chapter section: components/overrides/MarkdownContent) is placed by that part's box while
 * the whole part is above or below the line: asking for the heading's own box would make the browser
 * lay the part out. Only the part the line crosses, which is on screen and laid out, is looked into.
 */
import { CHAPTER_SECTION_CLASS, PRINT_CHAPTER_CLASS } from '../lib/site/skipped-parts.ts';

/** Starlight's id for the page title, the first entry of its contents. */
const PAGE_TITLE_ID = '_top';

/** Pixels below the header (and the phone contents bar) where a section becomes current: Starlight's 32 + 53. */
const CURRENT_LINE_OFFSET = 85;

/** The parts of a page skipped off screen, outermost first (a print chapter holds sections, laid out with it). */
const SKIPPED_PARTS = [`.${PRINT_CHAPTER_CLASS}`, `.${CHAPTER_SECTION_CLASS}`];

export class PageToc extends HTMLElement {
  #current = this.querySelector<HTMLAnchorElement>('a[aria-current="true"]');

  /** Marks `link` as the current section's, unmarking the one before. */
  protected mark(link: HTMLAnchorElement): void {
    if (link === this.#current) return;
    this.#current?.removeAttribute('aria-current');
    link.setAttribute('aria-current', 'true');
    this.#current = link;
  }

  constructor() {
    super();
    const onIdle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1));
    onIdle(() => this.#init());
  }

  #init(): void {
    const minH = Number(this.dataset.minH ?? 2);
    const maxH = Number(this.dataset.maxH ?? 3);
    const levels = Array.from({ length: maxH - minH + 1 }, (_, i) => `h${minH + i}[id]`);
    const links = new Map([...this.querySelectorAll('a')].map((a) => [a.hash, a]));
    const linkOf = (heading: Element) => links.get(`#${encodeURIComponent(heading.id)}`);
    const headings = [...document.querySelectorAll(`main :where(h1#${PAGE_TITLE_ID}, ${levels.join()})`)].filter(linkOf);
    let frame = 0;
    const update = () => {
      frame = 0;
      const line = this.#currentLine();
      let current = headings[0];
      for (const heading of headings) {
        if (!isAtOrAbove(heading, line)) break;
        current = heading;
      }
      if (current) this.mark(linkOf(current)!);
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(update);
    };
    addEventListener('scroll', schedule, { passive: true });
    addEventListener('resize', schedule);
    update();
  }

  #currentLine(): number {
    const header = document.querySelector('header')?.getBoundingClientRect().height ?? 0;
    const bar = this.querySelector('summary')?.getBoundingClientRect().height ?? 0;
    return header + bar + CURRENT_LINE_OFFSET;
  }
}

/** The phone's contents: a dropdown whose bar names the current section, closed by a link, a click outside or Escape. */
export class MobilePageToc extends PageToc {
  protected override mark(link: HTMLAnchorElement): void {
    super.mark(link);
    const display = this.querySelector('.display-current');
    if (display) display.textContent = link.dataset.label ?? link.textContent;
  }

  constructor() {
    super();
    const details = this.querySelector('details');
    if (!details) return;
    const close = () => {
      details.open = false;
    };
    for (const link of details.querySelectorAll('a')) link.addEventListener('click', close);
    addEventListener('click', (event) => {
      if (!details.contains(event.target as Node)) close();
    });
    addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !details.open) return;
      const hadFocus = details.contains(document.activeElement);
      close();
      if (hadFocus) details.querySelector('summary')?.focus();
    });
  }
}

/** Whether the heading's top is at or above `line` (px from the top of the viewport), without laying out a part skipped off screen. */
function isAtOrAbove(heading: Element, line: number): boolean {
  const part = SKIPPED_PARTS.map((selector) => heading.closest(selector)).find(Boolean)?.getBoundingClientRect();
  if (part && part.bottom <= line) return true;
  if (part && part.top > line) return false;
  return heading.getBoundingClientRect().top <= line;
}
