import type { Cell } from '../../schemas/cell.ts';

/** The number in a value cell, whether read off the report or derived. */
export function cellValue(cell: Cell | undefined): number {
  if (typeof cell === 'number') return cell;
  if (cell !== undefined && typeof cell === 'object') return cell.value;
  return Number.NaN;
}
