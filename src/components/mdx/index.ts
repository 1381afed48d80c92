// What MDX chapter pages import: `import { Figure, Subtitle, SourceNote } from '.';`
// CagrFormula is not here: it imports KaTeX's stylesheet, which every page importing this file would load.
export { default as Cagr } from './Cagr.astro';
export { default as Diagram } from './Diagram.astro';
export { default as EditorNote } from './EditorNote.astro';
export { default as Figure } from './Figure.astro';
export { default as KeyFigure } from './KeyFigure.astro';
export { default as SourceNote } from './SourceNote.astro';
export { default as Subtitle } from './Subtitle.astro';
export { default as Total } from './Total.astro';
export { default as Value } from './Value.astro';
export { default as Timeline } from './Timeline.astro';
export { default as AllTimelines } from './AllTimelines.astro';
