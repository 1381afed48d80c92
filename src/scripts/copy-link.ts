/**
 * "复制图表链接" buttons: copy the figure's permalink. The buttons are hidden in
 * the HTML and shown only here, so readers without JavaScript never see a
 * control that cannot work (the figure number itself links to the anchor).
 */
export function enableCopyLinks(): void {
  if (!navigator.clipboard) return;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy-link[data-copy]')) {
    if (!button.hidden) continue;
    button.hidden = false;
    const label = button.textContent;
    button.addEventListener('click', async () => {
      await navigator.clipboard.writeText(button.dataset.copy!);
      button.textContent = '已复制';
      setTimeout(() => (button.textContent = label), 2000);
    });
  }
}
