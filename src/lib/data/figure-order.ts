/** Sorts "图1-3" style figure numbers by chapter, then by number within the chapter. */
export function compareFigures(a: string, b: string): number {
  const [ca, na] = a.slice(1).split('-').map(Number);
  const [cb, nb] = b.slice(1).split('-').map(Number);
  return ca! - cb! || na! - nb!;
}
