/**
 * Sections whose headings repeat on a page (语音模态 three times on /commercialization/) are told apart by
 * the topic the report's slide gives each (投融资, 技术演进, 典型产品): a chapter's `topics` frontmatter,
 * keyed by the section's anchor. The heading stays as the report prints it; the contents and search
 * results name the section with its topic.
 */

/** A section as the contents and search results name it: "语音模态 · 投融资". */
export function sectionLabel(heading: string, topic: string | undefined): string {
  return topic ? `${heading} · ${topic}` : heading;
}

/** The Pagefind metadata key that carries a section's topic (the page's metadata, one key per section). */
export function topicMetaKey(anchor: string): string {
  return `${anchor}-topic`;
}

/**
 * Checks a page's topics against its level-2 headings: every heading that repeats needs a topic, and
 * every topic names a heading. Returns what is wrong, for an error that names the file and the field.
 */
export function topicProblems(headings: { slug: string; text: string }[], topics: Record<string, string>): string[] {
  const problems: string[] = [];
  const slugs = new Set(headings.map((h) => h.slug));
  for (const key of Object.keys(topics)) if (!slugs.has(key)) problems.push(`topics.${key}: no level-2 heading has the anchor #${key} (anchors: ${[...slugs].join(', ')})`);
  const byText = Map.groupBy(headings, (h) => h.text);
  for (const [text, same] of byText) {
    if (same.length < 2) continue;
    const missing = same.filter((h) => !topics[h.slug]);
    if (missing.length > 0) problems.push(`topics: the heading “${text}” repeats (${same.map((h) => `#${h.slug}`).join(', ')}); give ${missing.map((h) => `#${h.slug}`).join(', ')} the topic its slide names`);
    const labels = same.map((h) => topics[h.slug]).filter(Boolean);
    if (new Set(labels).size !== labels.length) problems.push(`topics: the repeated heading “${text}” has the same topic twice; each must tell its section apart`);
  }
  return problems;
}
