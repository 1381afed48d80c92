import { z } from 'astro/zod';
import { compareBody } from './diagram-compare.ts';
import { flowBody } from './diagram-flow.ts';
import { matrixBody } from './diagram-matrix.ts';
import { stagesBody } from './diagram-stages.ts';
import { treeBody } from './diagram-tree.ts';

/** What every diagram file states besides its kind-specific body. */
const common = {
  /** The diagram's title as the report prints it. */
  title: z.string().min(1),
  /** The slide's source line without the "来源：" prefix; the section's <SourceNote> must print the same. */
  source: z.string().min(1),
  /** Editor's notes shown under the diagram: typos kept as printed, placements the extraction leaves open. Default none. */
  notes: z.array(z.string().min(4)).default([]),
};

/**
 * A slide whose meaning is a structure: `src/content/diagrams/<id>.json`, drawn by
 * `<Diagram id="…" />`. `kind` picks the shape: tree, flow, stages, matrix or compare.
 */
export const diagramSchema = z
  .discriminatedUnion(
    'kind',
    [treeBody.extend(common), flowBody.extend(common), stagesBody.extend(common), matrixBody.extend(common), compareBody.extend(common)],
    { error: 'kind 只能是 "tree"、"flow"、"stages"、"matrix" 或 "compare"' },
  )
  .superRefine((diagram, ctx) => {
    if (diagram.kind === 'compare') {
      diagram.options.forEach((option, i) => {
        if (option.values.length !== diagram.aspects.length) {
          ctx.addIssue({
            code: 'custom',
            path: ['options', i, 'values'],
            message: `"${option.name}" 有 ${option.values.length} 个值，应与 aspects（${diagram.aspects.join('、')}）一一对应，共 ${diagram.aspects.length} 个`,
          });
        }
      });
    }
    if (diagram.kind !== 'tree') return;
    diagram.layers.forEach((layer, l) =>
      layer.segments.forEach((segment, s) => {
        if (segment.placement === 'uncertain' && !segment.note) {
          ctx.addIssue({
            code: 'custom',
            path: ['layers', l, 'segments', s, 'note'],
            message: '归属未能确定（placement: "uncertain"）的环节须有 note，向读者说明',
          });
        }
      }),
    );
  });

export type Diagram = z.output<typeof diagramSchema>;
export type DiagramKind = Diagram['kind'];
