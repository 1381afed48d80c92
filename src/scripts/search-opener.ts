/**
 * Shows the search button and opens the search dialog from it, from Ctrl/⌘K
 * and from "/" (outside text fields). The dialog's code loads on first use.
 */
export function enableSearchOpener(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-search-open]');
  if (!button) return;
  button.hidden = false;
  const open = () => import('./search-dialog.ts').then((dialog) => dialog.openSearch(button));
  button.addEventListener('click', open);
  window.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    const shortcut = (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing);
    if (!shortcut || event.isComposing) return;
    event.preventDefault();
    if (!document.querySelector('.search-dialog[open]')) open();
  });
}
