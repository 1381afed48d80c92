/**
 * The page an MDX component is rendered on, for build error messages: the chapter's
 * file, or the URL path where Starlight's route data is not available (the print
 * edition renders chapters before its own route data exists, and reading
 * `starlightRoute` there throws).
 */
export function pagePath(locals: App.Locals, url: URL): string {
  try {
    return locals.starlightRoute.entry.filePath;
  } catch {
    return url.pathname;
  }
}
