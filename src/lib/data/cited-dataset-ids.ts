/** The dataset ids an MDX page cites with `<Figure id="…" />`, in order of appearance. */
export function citedDatasetIds(mdx: string): string[] {
  return [...mdx.matchAll(/<Figure\s+id="([^"]+)"/g)].map((m) => m[1]!);
}
