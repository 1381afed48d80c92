import { z } from 'astro/zod';
import { labelledText } from './diagram-entry.ts';

/** One option of a comparison: a row of the table, a card on a phone. */
const option = z.strictObject({
  /** The option's name as printed. */
  name: z.string().min(1),
  /** Group the option is printed under, e.g. "AI主流商业模式". Default none. */
  group: z.string().min(1).optional(),
  /** One value per aspect, in `aspects` order: text, its parts in order, or "" where the slide gives none. */
  values: z.array(z.union([z.string(), z.array(labelledText).min(1)])),
});

/**
 * Options side by side on the same aspects, e.g. two speech model architectures on pros and cons.
 * That each option has one value per aspect is checked in diagram.ts (refinements cannot sit inside a union member).
 */
export const compareBody = z.strictObject({
  /** The shape: "compare". */
  kind: z.literal('compare'),
  /** Heading of the options' column, e.g. "架构". */
  optionHeading: z.string().min(1),
  /** The aspects compared, in column order, e.g. ["组成", "模型优势", "模型劣势"]. */
  aspects: z.array(z.string().min(1)).min(1),
  /** The options in the slide's order. */
  options: z.array(option).min(2),
});

export type CompareBody = z.output<typeof compareBody>;
