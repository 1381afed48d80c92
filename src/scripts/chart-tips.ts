/**
 * Tooltips for the build-time SVG charts: the exact value of a mark on hover
 * and on keyboard focus. One tab stop per chart; arrow keys, Home and End move
 * between its marks (roving tabindex); Escape hides the tip. No chart library.
 */
export function enableChartTips(): void {
  for (const chart of document.querySelectorAll<HTMLElement>('.chart')) {
    if (chart.dataset.tips === 'on') continue;
    chart.dataset.tips = 'on';
    const tip = chart.querySelector<HTMLElement>('.chart-tip')!;
    const show = (mark: Element) => {
      tip.textContent = mark.getAttribute('data-tip');
      tip.hidden = false;
      const box = chart.getBoundingClientRect();
      const at = mark.getBoundingClientRect();
      const left = Math.min(Math.max(at.left + at.width / 2 - box.left, 60), box.width - 60);
      tip.style.left = `${left}px`;
      tip.style.top = `${at.top - box.top}px`;
    };
    const hide = () => {
      tip.hidden = true;
    };
    chart.addEventListener('pointerover', (e) => {
      const mark = (e.target as Element).closest('.chart-mark');
      if (mark) show(mark);
    });
    chart.addEventListener('pointerleave', hide);
    chart.addEventListener('focusin', (e) => {
      const mark = (e.target as Element).closest('.chart-mark');
      if (mark) show(mark);
    });
    chart.addEventListener('focusout', hide);
    chart.addEventListener('keydown', (e) => moveFocus(e, hide));
  }
}

const STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

function moveFocus(event: KeyboardEvent, hide: () => void): void {
  const mark = (event.target as Element).closest<SVGElement>('.chart-mark');
  if (!mark) return;
  if (event.key === 'Escape') return hide();
  // Marks of the visible variant only: the other is display:none.
  const variant = mark.closest('.chart-narrow, .chart-wide')!;
  // Document order is the data's order, which the report's order sets.
  const marks = [...variant.querySelectorAll<SVGElement>('.chart-mark')];
  const index = marks.indexOf(mark);
  const next =
    event.key === 'Home' ? 0 : event.key === 'End' ? marks.length - 1 : STEPS[event.key] !== undefined ? index + STEPS[event.key]! : -1;
  if (next < 0 || next >= marks.length) return;
  event.preventDefault();
  mark.setAttribute('tabindex', '-1');
  marks[next]!.setAttribute('tabindex', '0');
  marks[next]!.focus();
}
