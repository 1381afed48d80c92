import { z } from 'astro/zod';

/** An item of a segment: a label, or a label with the sub-items printed under it. */
const treeItem = z.union(
  [
    z.string().min(1),
    z.strictObject({
      /** The item's label as printed, e.g. "智算中心". */
      label: z.string().min(1),
      /** Sub-items printed under it, in the slide's order, e.g. ["企业自建智算中心", "城市智算中心"]. */
      children: z.array(z.string().min(1)).min(1),
    }),
  ],
  { error: '条目应为文字，或 {"label": 文字, "children": [文字…]}' },
);

/** A box of a layer holding items; expandable in the graphic. */
const treeSegment = z.strictObject({
  /** The box's heading as printed, e.g. "算力基础". Absent: the slide prints the items without a heading. */
  name: z.string().min(1).optional(),
  /** The items in the slide's order; may be empty where the slide prints the heading alone. Default none. */
  items: z.array(treeItem).default([]),
  /**
   * "printed": the slide shows these items in this box. "uncertain": the extraction does not say which box the
   * items belong to, so they are listed apart and `note` says so. Default "printed".
   */
  placement: z.enum(['printed', 'uncertain'], { error: 'placement 只能是 "printed"（原图归属明确）或 "uncertain"（归属未能确定）' }).default('printed'),
  /** Editor's note shown with the segment; required when placement is "uncertain". */
  note: z.string().min(4).optional(),
});

/** A layer of the map: its stream position, its names and its segments. */
const treeLayer = z.strictObject({
  /** The layer's name as printed, e.g. "人工智能基础层". */
  name: z.string().min(1),
  /** The English name printed beside it, e.g. "Infrastructure for AI". Default none. */
  en: z.string().min(1).optional(),
  /** Position in the industry chain as printed on the slide's left edge. */
  stream: z.enum(['上游', '中游', '下游'], { error: 'stream 只能是 "上游"、"中游" 或 "下游"' }),
  /** The layer's boxes, in the slide's order. */
  segments: z.array(treeSegment).min(1),
});

/** Layers → segments → items, e.g. the industry map. */
export const treeBody = z.strictObject({
  /** The shape: "tree". */
  kind: z.literal('tree'),
  /** The layers from top (upstream) to bottom (downstream). */
  layers: z.array(treeLayer).min(1),
});

export type TreeItem = z.infer<typeof treeItem>;
export type TreeBody = z.output<typeof treeBody>;
