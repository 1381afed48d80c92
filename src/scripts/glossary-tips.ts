/**
 * Glossary tooltips: CSS shows them on hover and focus; this keeps each one
 * inside the viewport (a term near the right edge of a phone screen) and lets
 * Escape hide it until the pointer or focus leaves the term (WCAG 1.4.13).
 */
export function enableGlossaryTips(): void {
  const margin = 8;
  for (const term of document.querySelectorAll<HTMLElement>('.glossary-term')) {
    if (term.dataset.tips === 'on') continue;
    term.dataset.tips = 'on';
    const tip = term.querySelector<HTMLElement>('.glossary-tip')!;
    const place = () => {
      term.classList.remove('is-dismissed');
      tip.style.removeProperty('--tip-shift');
      const box = tip.getBoundingClientRect();
      const overflow = box.right - (document.documentElement.clientWidth - margin);
      if (overflow > 0) tip.style.setProperty('--tip-shift', `${-Math.min(overflow, box.left - margin)}px`);
    };
    const reset = () => term.classList.remove('is-dismissed');
    term.addEventListener('pointerenter', place);
    term.addEventListener('focusin', place);
    term.addEventListener('pointerleave', reset);
    term.addEventListener('focusout', reset);
  }
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const term of document.querySelectorAll('.glossary-term:is(:hover, :focus-within)')) term.classList.add('is-dismissed');
  });
}
