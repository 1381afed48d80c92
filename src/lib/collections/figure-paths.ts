import { allFigures, type FigureRecord } from './all-figures.ts';

/** What a figure's own page and its embed page are built from: the figure and the ones before and after it in reading order. */
// A type, not an interface: Astro checks page props against an index signature, which only a type satisfies.
export type FigurePageProps = {
  figure: FigureRecord;
  previous: FigureRecord | undefined;
  next: FigureRecord | undefined;
};

/** Static paths of the pages named by figure anchor (/figures/<anchor>/, /embed/<anchor>/), one per figure. */
export async function figurePaths(): Promise<{ params: { anchor: string }; props: FigurePageProps }[]> {
  const figures = await allFigures();
  return figures.map((figure, i) => ({ params: { anchor: figure.anchor }, props: { figure, previous: figures[i - 1], next: figures[i + 1] } }));
}
