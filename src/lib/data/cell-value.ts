import type { Cell } from '../../schemas/cell.ts';

/** The number in a value cell, whether read off the report or derived; NaN where the report gives none. */
export function cellValue(cell: Cell | undefined): number {
  if (typeof cell === 'number') return cell;
  if (cell !== undefined && cell !== null && typeof cell === 'object') return cell.value;
  return Number.NaN;
}

/** How a derived value was worked out; undefined for a value read off the report. */
export function derivedNote(cell: Cell | undefined): string | undefined {
  return cell !== undefined && cell !== null && typeof cell === 'object' ? cell.derived : undefined;
}
