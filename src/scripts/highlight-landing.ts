/**
 * On a page reached from a search result (`?q=…#section`), marks every place
 * the whole query appears in the chapter text and brings the first one at or
 * after the section into view, opening a closed data table if it is inside one.
 */
export function highlightLanding(): void {
  const query = new URLSearchParams(location.search).get('q')?.trim();
  const main = document.querySelector('main');
  if (!query || !main) return;
  const needle = query.toLowerCase();
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  const found: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent!.toLowerCase().includes(needle) && !node.parentElement!.closest('script, style, svg, mark')) found.push(node as Text);
  }
  const marks = found.flatMap((node) => {
    const result: HTMLElement[] = [];
    let rest = node;
    for (let at = rest.data.toLowerCase().indexOf(needle); at >= 0; at = rest.data.toLowerCase().indexOf(needle)) {
      const hit = rest.splitText(at);
      rest = hit.splitText(needle.length);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      hit.replaceWith(mark);
      mark.append(hit);
      result.push(mark);
    }
    return result;
  });
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const first = marks.find((m) => !target || target.contains(m) || target.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING) ?? marks[0];
  if (!first) return;
  const details = first.closest('details');
  if (details) details.open = true;
  first.classList.add('search-hit-first');
  keepInView(first);
}

/** How long, in frames (about a second), a landing keeps its hit on screen while the page settles. */
const SETTLING_FRAMES = 60;

/**
 * Brings `mark` into view and keeps it there while the layout above it settles: figures skipped off
 * screen stand in at an estimated height and take their real one as the scroll brings them near,
 * which would push the hit away. Stops at the reader's first scroll, tap or key.
 */
function keepInView(mark: HTMLElement): void {
  const offScreen = () => {
    const box = mark.getBoundingClientRect();
    return box.top < 0 || box.bottom > innerHeight;
  };
  const settling = new AbortController();
  for (const type of ['wheel', 'touchstart', 'pointerdown', 'keydown']) addEventListener(type, () => settling.abort(), { passive: true, signal: settling.signal });
  let frames = 0;
  const check = () => {
    if (settling.signal.aborted) return;
    if (offScreen()) mark.scrollIntoView({ block: 'center' });
    if (++frames < SETTLING_FRAMES) requestAnimationFrame(check);
    else settling.abort();
  };
  check();
}
