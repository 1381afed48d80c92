/**
 * Starlight's "on this page" highlighter, watching headings only; src/plugins/lean-starlight-toc.ts
 * puts it in place of Starlight's own (components-internals/TableOfContents/starlight-toc), keeping
 * its element name and its `current` setter, which the mobile table of contents overrides.
 *
 * Starlight's version matches every element in <main> against `:has()` selectors and observes each
 * match. On the print edition that is 356 elements and about 200 ms of main thread per table of
 * contents on a phone-speed CPU, paid twice per page (the desktop and the mobile one). The current
 * section is simply the last heading above a line below the header, and finding it needs only the
 * headings' positions. A heading inside a part of the page skipped while off screen (a chapter section,
 * a print-edition chapter: components/overrides/MarkdownContent) is placed by that part's box while the whole part is above
 * or below the line: asking for the heading's own box would make the browser lay the part out. Only
 * the part the line crosses, which is on screen and laid out, is looked into.
 */
const PAGE_TITLE_ID = '_top';

/** Pixels below the header (and the mobile table of contents bar) where a section becomes current: Starlight's 32 + 53. */
const CURRENT_LINE_OFFSET = 85;

export class StarlightTOC extends HTMLElement {
  #current = this.querySelector<HTMLAnchorElement>('a[aria-current="true"]');

  set current(link: HTMLAnchorElement) {
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
      if (current) this.current = linkOf(current)!;
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

/** Whether the heading's top is at or above `line` (px from the top of the viewport), without laying out a part skipped off screen. */
function isAtOrAbove(heading: Element, line: number): boolean {
  const part = heading.closest('.chapter-section, .print-chapter')?.getBoundingClientRect();
  if (part && part.bottom <= line) return true;
  if (part && part.top > line) return false;
  return heading.getBoundingClientRect().top <= line;
}

customElements.define('starlight-toc', StarlightTOC);
