import type { Dataset } from '../../schemas/dataset.ts';
import { cellValue, derivedNote } from './cell-value.ts';
import { columnHeader } from './column-header.ts';
import { hasDerived } from './has-derived.ts';

/**
 * The dataset as CSV for spreadsheets: a header row of labels with units, then
 * the rows; a last column explains any value derived rather than read off the
 * report. Starts with a BOM so Excel opens the Chinese text as UTF-8, unless `bom: false`
 * (the Data Package's copy; see lib/data/download-files).
 */
export function toCsv(dataset: Dataset, { bom = true } = {}): string {
  const derivedNotes = dataset.rows.map((row) =>
    dataset.columns
      .flatMap((c) => derivedNote(row[c.key]) ?? [])
      .join('；'),
  );
  const header = dataset.columns.map(columnHeader);
  if (hasDerived(dataset)) header.push('推算说明');
  const lines = [header];
  dataset.rows.forEach((row, i) => {
    const cells = dataset.columns.map((c) => {
      const cell = row[c.key];
      if (c.unit === undefined) return String(cell);
      const value = cellValue(cell);
      return Number.isNaN(value) ? '' : String(value);
    });
    if (hasDerived(dataset)) cells.push(derivedNotes[i] ?? '');
    lines.push(cells);
  });
  return `${bom ? '\uFEFF' : ''}${lines.map((cells) => cells.map(csvField).join(',')).join('\r\n')}\r\n`;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
