import { withBase } from '../lib/site/with-base.ts';

/**
 * Registers the offline service worker once the page has loaded, so its downloads of the rest of
 * the site never compete with the page a reader opened.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = withBase('');
  const register = () => void navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
