/**
 * "分享…" buttons: hand a figure's page to the system share sheet (Web Share API, on most phones). Hidden
 * in the HTML and shown only where the browser can share, so elsewhere the copy-link button beside it
 * is the way to pass the link on.
 */
export function enableWebShare(): void {
  if (!('share' in navigator)) return;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.web-share[data-url]')) {
    if (!button.hidden) continue;
    button.hidden = false;
    button.addEventListener('click', () => {
      // A reader who closes the share sheet rejects the promise: nothing to report.
      navigator.share({ title: button.dataset.title, url: button.dataset.url }).catch(() => {});
    });
  }
}
