// npm run pdf (after a build): prints the print edition /full/ of dist/ with Chromium to dist/report.pdf,
// the file /full/ links to, and says how many pages it has, how big it is and where each chapter starts.
// BASE_PATH is read as the build reads it. Needs Chromium, a CJK font and poppler-utils (pdftotext).
import { join } from 'node:path';
import { PRINT_EDITION } from '../src/lib/site/print-edition.ts';
import { printReportPdf } from './lib/report-pdf.ts';

const dist = 'dist';
const out = join(dist, PRINT_EDITION.pdf);
const started = performance.now();
const { pages, bytes, contents } = await printReportPdf({ dist, base: process.env.BASE_PATH ?? '/', out });
console.log(`${out}: ${pages} A4 pages, ${(bytes / 1e6).toFixed(1)} MB, printed in ${((performance.now() - started) / 1000).toFixed(0)} s`);
for (const { heading, page } of contents) console.log(`  p. ${String(page).padStart(3)}  ${heading}`);
