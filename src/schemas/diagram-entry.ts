import { z } from 'astro/zod';

/**
 * A piece of diagram text: a phrase as printed, or a named phrase with its explanation
 * (printed as separate boxes on the slide) and optional examples.
 */
export const labelledText = z.union(
  [
    z.string().min(1),
    z.strictObject({
      /** The name as printed, e.g. "参数高效微调". */
      name: z.string().min(1),
      /** Its explanation as printed. Default none. */
      text: z.string().min(1).optional(),
      /** Examples printed with it, e.g. ["Adapter Tuning", "LoRA、QLoRA"]. Default none. */
      examples: z.array(z.string().min(1)).default([]),
    }),
  ],
  { error: '应为文字，或 {"name": 文字, "text": 说明, "examples": [举例…]}' },
);

export type LabelledText = z.output<typeof labelledText>;
