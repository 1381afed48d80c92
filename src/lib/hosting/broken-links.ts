import { baseRoot } from '../site/with-base.ts';

/** A link on a built page to a page, file or anchor of the site that does not exist. */
export interface BrokenLink {
  /** The page the link is on, as a dist/ path, e.g. "macro/index.html". */
  page: string;
  /** The link as written in the page. */
  href: string;
  reason: '页面或文件不存在' | '锚点不存在';
}

const HREF = /<a\s[^>]*?href="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;
const decode = (s: string) => s.replace(/&amp;/g, '&');

/**
 * Checks every `<a href>` of a built site that stays on the site (relative, or absolute under
 * `base`): the page or file must be among `files` (dist/ paths) and a #fragment must be an id on
 * the target page. Links to other hosts, mailto: and the like are not checked.
 */
export function brokenLinks(pages: ReadonlyMap<string, string>, files: ReadonlySet<string>, base: string): BrokenLink[] {
  const root = baseRoot(base);
  const ids = new Map([...pages].map(([page, html]) => [page, new Set([...html.matchAll(ID)].map((m) => decode(m[1]!)))]));
  const broken: BrokenLink[] = [];
  for (const [page, html] of pages) {
    const here = new URL(`${root}${page}`, 'http://site');
    for (const [, raw] of html.matchAll(HREF)) {
      const href = decode(raw!);
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
      const url = new URL(href, here);
      if (!url.pathname.startsWith(root)) {
        broken.push({ page, href, reason: '页面或文件不存在' });
        continue;
      }
      const path = decodeURIComponent(url.pathname.slice(root.length));
      const target = path === '' || path.endsWith('/') ? `${path}index.html` : path;
      if (!files.has(target)) broken.push({ page, href, reason: '页面或文件不存在' });
      else if (url.hash && target.endsWith('.html') && !ids.get(target)?.has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push({ page, href, reason: '锚点不存在' });
      }
    }
  }
  return broken;
}
