/**
 * How a heading names its stable anchor, at its end: `## 标题 {/* #policy *\/}` (an MDX comment
 * expression, as MDX reads `{#id}` as JavaScript; src/plugins/remark-heading-anchors.ts sets it as the
 * heading's id). Regular-expression source: the comment inside the braces, its id (lowercase ASCII
 * words joined by "-") the one group.
 */
export const ANCHOR_COMMENT = String.raw`\/\*\s*#([a-z0-9][a-z0-9-]*)\s*\*\/`;

/** Regular-expression source: the anchor as it ends a heading's line, braces and spaces included. */
export const ANCHOR_AT_LINE_END = String.raw`\s*\{${ANCHOR_COMMENT}\}\s*$`;
