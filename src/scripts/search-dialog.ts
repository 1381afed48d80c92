import { escapeHtml } from '../lib/search/escape-html.ts';
import type { PagefindApi } from '../lib/search/pagefind-types.ts';
import { searchSections } from '../lib/search/search-sections.ts';
import type { ChapterGroup } from '../lib/search/group-results.ts';
import { withBase } from '../lib/site/with-base.ts';

/**
 * The search dialog: Pagefind loads on first open; a query runs on plain input
 * and at the end of an input-method composition, never on the half-composed
 * Latin letters of a pinyin input method. Results are grouped by chapter;
 * arrow keys move between them and the result count is announced.
 */
const dialog = document.querySelector<HTMLDialogElement>('.search-dialog')!;
const input = dialog.querySelector<HTMLInputElement>('#search-input')!;
const chapterSelect = dialog.querySelector<HTMLSelectElement>('#search-chapter')!;
const status = dialog.querySelector<HTMLElement>('#search-status')!;
const results = dialog.querySelector<HTMLElement>('#search-results')!;
const base = withBase('');

let pagefind: Promise<PagefindApi> | undefined;
let opener: HTMLElement | null = null;
let composing = false;
let latest = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const api = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
    await api.options({ baseUrl: base, excerptLength: 24 });
    await api.init();
    const chapters = Object.keys((await api.filters()).chapter ?? {}).sort();
    chapterSelect.append(...chapters.map((c) => new Option(c, c)));
    return api;
  })();
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

function render(query: string, groups: ChapterGroup[]): void {
  const count = groups.reduce((t, g) => t + g.hits.length, 0);
  status.textContent = count
    ? `找到 ${count} 处结果，分布在 ${groups.length} 个页面`
    : `没有找到与“${query}”相关的内容。可换一个词，或选择“全部章节”。`;
  results.innerHTML = groups
    .map((group) => {
      const heading = escapeHtml(group.chapter ?? group.title);
      const items = group.hits
        .map((hit) => {
          const [path, fragment] = hit.url.split('#');
          const href = `${path}?q=${encodeURIComponent(query)}${fragment ? `#${fragment}` : ''}`;
          const kind = hit.kind === 'figure' ? '<span class="search-kind">图表</span>' : '';
          // Excerpts are escaped text with <mark> around the match (lib/search/passages.ts).
          return `<li><a href="${escapeHtml(href)}">${kind}${escapeHtml(hit.title)}</a>${hit.excerpt ? `<p>${hit.excerpt}</p>` : ''}</li>`;
        })
        .join('');
      return `<section><h3>${heading} <span class="search-count">${group.hits.length} 处</span></h3><ul>${items}</ul></section>`;
    })
    .join('');
}

async function run(): Promise<void> {
  const query = input.value.trim();
  const id = ++latest;
  if (!query) {
    status.textContent = '';
    results.replaceChildren();
    return;
  }
  try {
    const groups = await searchSections(await loadPagefind(), query, chapterSelect.value || undefined);
    if (id === latest) render(query, groups);
  } catch {
    if (id !== latest) return;
    results.replaceChildren();
    status.textContent = '搜索索引加载失败，请检查网络后重试。';
  }
}

function schedule(): void {
  clearTimeout(timer);
  timer = setTimeout(run, 150);
}

input.addEventListener('compositionstart', () => {
  composing = true;
  clearTimeout(timer);
});
input.addEventListener('compositionend', () => {
  composing = false;
  schedule();
});
input.addEventListener('input', (event) => {
  if (!composing && !(event as InputEvent).isComposing) schedule();
});
chapterSelect.addEventListener('change', schedule);

dialog.addEventListener('keydown', (event) => {
  // Esc closes at once: the search field would take the first press to clear itself. While an input
  // method composes, Esc cancels the composition instead.
  if (event.key === 'Escape' && !event.isComposing) {
    event.preventDefault();
    dialog.close();
    return;
  }
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...results.querySelectorAll<HTMLAnchorElement>('a')];
  if (links.length === 0 || event.target === chapterSelect) return;
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = event.key === 'ArrowDown' ? Math.min(at + 1, links.length - 1) : at - 1;
  event.preventDefault();
  (next < 0 ? input : links[next]!).focus();
});
dialog.querySelector('[data-search-close]')!.addEventListener('click', () => dialog.close());
dialog.addEventListener('click', (event) => {
  // A result on the current page only changes the fragment, so the dialog must
  // close itself; focus then stays where the link leads, not on the opener.
  if ((event.target as Element).closest('#search-results a')) opener = null;
  if (event.target === dialog || opener === null) dialog.close();
});
dialog.addEventListener('close', () => opener?.focus());

/** Opens the dialog, remembering what to give focus back to when it closes. */
export function openSearch(from: HTMLElement): void {
  if (dialog.open) return;
  opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : from;
  dialog.showModal();
  input.focus();
  input.select();
  loadPagefind().then(
    () => input.value.trim() && schedule(),
    () => (status.textContent = '搜索索引加载失败，请检查网络后重试。'),
  );
}
