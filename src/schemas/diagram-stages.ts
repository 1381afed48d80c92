import { z } from 'astro/zod';

/** How far a stage has come, as printed on the slide. */
export const stageStatus = z.enum(['已实现', '发展中', '试验中', '长期愿景'], {
  error: 'status 只能是 "已实现"、"发展中"、"试验中" 或 "长期愿景"',
});

/** One stage of a roadmap. */
const stage = z.strictObject({
  /** The stage's name as printed, e.g. "基础运动与控制". */
  name: z.string().min(1),
  /** The capabilities the stage stands for, one per bullet as printed. */
  capability: z.array(z.string().min(1)).min(1),
  /** How far it has come. */
  status: stageStatus,
  /** Typical scenarios as printed, in order, e.g. ["精准抓取", "步态稳定", "简单路径避障", "…"]. */
  examples: z.array(z.string().min(1)).min(1),
  /**
   * "printed": the slide prints the examples in this stage's box. "layout": they sit between boxes and are
   * placed here by their position on the slide, which the page says. Default "printed".
   */
  examplesPlacement: z.enum(['printed', 'layout'], { error: 'examplesPlacement 只能是 "printed" 或 "layout"（按版面位置归入）' }).default('printed'),
});

/** Ordered stages with a status each: a roadmap. */
export const stagesBody = z.strictObject({
  /** The shape: "stages". */
  kind: z.literal('stages'),
  /** Phrases printed along the roadmap's axis, e.g. ["难度增加", "精度提升", "生态扩大"]. Default none. */
  axis: z.array(z.string().min(1)).default([]),
  /** Stages from first to last. */
  stages: z.array(stage).min(2),
});

export type StageStatus = z.infer<typeof stageStatus>;
export type StagesBody = z.output<typeof stagesBody>;
