import type { Dataset } from '../../schemas/dataset.ts';
import { derivedNote } from './cell-value.ts';

/** Whether any value of the dataset was derived rather than read off the report. */
export function hasDerived(dataset: Pick<Dataset, 'rows'>): boolean {
  return dataset.rows.some((row) => Object.values(row).some((cell) => derivedNote(cell) !== undefined));
}
