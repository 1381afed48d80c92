import { z } from 'astro/zod';
import { labelledText } from './diagram-entry.ts';

/** One step of a flow. */
const flowStep = z.strictObject({
  /** The step's name as printed, e.g. "微调". */
  label: z.string().min(1),
  /** What the step does, as printed. Default none. */
  detail: z.string().min(1).optional(),
  /** Sub-points printed under the step, in order. Default none. */
  points: z.array(labelledText).default([]),
  /** Short verdicts printed beside the step, with their quote marks as printed, e.g. "“训练成本低，但性能相对有限”". Default none. */
  remarks: z.array(z.string().min(1)).default([]),
  /**
   * "main": a step on the main path. "branch": an alternative or side input joining the path at this place
   * (e.g. distillation, RAG), drawn beside it. Default "main".
   */
  role: z.enum(['main', 'branch'], { error: 'role 只能是 "main"（主路径）或 "branch"（分支/旁路输入）' }).default('main'),
});

/** Ordered steps with branches: a path or a pipeline. */
export const flowBody = z.strictObject({
  /** The shape: "flow". */
  kind: z.literal('flow'),
  /** Phrases printed along the path as a whole (e.g. where training cost ends), shown above it. Default none. */
  caption: z.array(z.string().min(1)).default([]),
  /** Steps in order; `branch` steps sit beside the main step before them. */
  steps: z.array(flowStep).min(2),
});

export type FlowBody = z.output<typeof flowBody>;
