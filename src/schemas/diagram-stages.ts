import { z } from 'astro/zod';

/** How far a stage has come, as printed on the slide. */
export const stageStatus = z.enum(['已实现', '发展中', '试验中', '长期愿景'], {
  error: 'status 只能是 "已实现"、"发展中"、"试验中" 或 "长期愿景"',
});

/** One stage of a roadmap. */
const stage = z.strictObject({
  /** The stage's name as printed, e.g. "基础运动与控制". */
  name: z.string().min(1),
  /** The capability the stage stands for, as printed. */
  capability: z.string().min(1),
  /** How far it has come. */
  status: stageStatus,
  /** Typical scenarios as printed, e.g. "精准抓取、步态稳定、简单路径避障…". */
  examples: z.string().min(1),
});

/** Ordered stages with a status each: a roadmap. */
export const stagesBody = z.strictObject({
  kind: z.literal('stages'),
  /** Text printed along the roadmap's axis, e.g. "难度增加，精度提升，生态扩大". Default none. */
  axis: z.string().min(1).optional(),
  /** Stages from first to last. */
  stages: z.array(stage).min(2),
});

export type StageStatus = z.infer<typeof stageStatus>;
export type StagesBody = z.output<typeof stagesBody>;
