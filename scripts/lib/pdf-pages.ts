import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PAPER } from '../../src/lib/site/print-pages.ts';

// Reads a PDF of the print edition page by page with Debian's poppler-utils (pdftotext, pdftoppm), by the
// regions of its A4 pages: the head (top margin, the running chapter title), the body (the page area)
// and the foot (bottom margin, the page number).

const POINTS_PER_MM = 72 / 25.4;
type Region = 'head' | 'body' | 'foot';

/** A region's top and height in millimetres from the top of the page. */
function regionMm(region: Region): { top: number; height: number } {
  const { height, top, bottom } = PAPER;
  if (region === 'head') return { top: 0, height: top };
  if (region === 'foot') return { top: height - bottom, height: bottom };
  return { top, height: height - top - bottom };
}

/** The text of `region` on every page of `pdf`, in page order, laid out as lines (pdftotext -layout). */
export function pageTexts(pdf: string, region: Region): string[] {
  const { top, height } = regionMm(region);
  const points = (mm: number) => String(Math.round(mm * POINTS_PER_MM));
  const text = execFileSync(
    'pdftotext',
    ['-layout', '-r', '72', '-x', '0', '-y', points(top), '-W', points(PAPER.width), '-H', points(height), pdf, '-'],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  // pdftotext ends every page with a form feed.
  return text.split('\f').slice(0, -1);
}

/** A page region's lines, trimmed, empty ones dropped. */
export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Text with its whitespace removed: pdftotext puts spaces where the layout has gaps. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Rows of a greyscale PGM (P5) image. */
function readPgm(file: string): { width: number; height: number; pixels: Buffer } {
  const data = readFileSync(file);
  const header = data.toString('latin1', 0, 64).match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error(`${file}: not a binary PGM image`);
  const [whole, width, height] = header;
  return { width: Number(width), height: Number(height), pixels: data.subarray(whole.length) };
}

/** Resolution pages are rendered at to tell how far down they are inked: a 30 dpi A4 page is 248×351 px. */
const FILL_DPI = 30;

/**
 * How far down its page area each page of `pdf` is inked, from 0 (blank) to 1 (to the bottom of the
 * area), rendered at a low resolution with pdftoppm; the margins, where the running head and the page
 * number stand, are not counted.
 */
export function pageFill(pdf: string): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-fill-'));
  try {
    execFileSync('pdftoppm', ['-r', String(FILL_DPI), '-gray', pdf, join(dir, 'page')]);
    const { top, height } = regionMm('body');
    return readdirSync(dir)
      .sort()
      .map((file) => {
        const image = readPgm(join(dir, file));
        const pxPerMm = image.height / PAPER.height;
        const first = Math.ceil(top * pxPerMm);
        const last = Math.floor((top + height) * pxPerMm) - 1;
        let lowest = first - 1;
        for (let row = first; row <= last; row++) {
          const line = image.pixels.subarray(row * image.width, (row + 1) * image.width);
          // Ink: anything clearly darker than the paper (light grey rules count, anti-aliasing halos do not).
          if (line.some((value) => value < 200)) lowest = row;
        }
        return (lowest - first + 1) / (last - first + 1);
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
