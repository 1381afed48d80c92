/**
 * The site's base path (BASE_PATH, Astro's `base`) with exactly one trailing slash: "/" or
 * "/ai-report-2025/". Every URL the site writes starts with it.
 */
export function baseRoot(base: string): string {
  return base.replace(/\/?$/, '/');
}

/** A site-internal path under the configured base, so links work under a sub-path. */
export function withBase(path: string): string {
  return `${baseRoot(import.meta.env.BASE_URL)}${path.replace(/^\//, '')}`;
}

/** A page of the site by its slug, base included, at an anchor if given: "macro" → "/macro/", "/macro/#policy". */
export const pageHref = (slug: string, anchor?: string): string => withBase(`${slug}/${anchor ? `#${anchor}` : ''}`);
