/**
 * Layer focus buttons of a tree diagram: pressing one hides the other layers, "全部层" shows all.
 * CSS shows the buttons only where scripting is on; without JavaScript every layer stays visible.
 */
export function enableTreeFocus(): void {
  for (const map of document.querySelectorAll<HTMLElement>('[data-tree-map]')) {
    const bar = map.querySelector<HTMLElement>('.tree-focus');
    if (!bar || bar.dataset.ready === 'on') continue;
    bar.dataset.ready = 'on';
    const buttons = [...bar.querySelectorAll<HTMLButtonElement>('button[data-focus]')];
    const layers = [...map.querySelectorAll<HTMLElement>('.tree-layer')];
    for (const button of buttons) {
      button.addEventListener('click', () => {
        const focus = button.dataset.focus;
        for (const b of buttons) b.setAttribute('aria-pressed', String(b === button));
        for (const layer of layers) layer.hidden = Boolean(focus) && layer.id !== focus;
      });
    }
  }
}
