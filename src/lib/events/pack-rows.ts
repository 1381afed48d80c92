/** Horizontal room an item takes in its lane, in px. */
export interface Extent {
  lane: number;
  from: number;
  to: number;
}

/**
 * The row within its lane for each item, in input order: the first row whose
 * last item ends at least `gap` px before this one begins, else a new row.
 * Keeps overlapping events (a span and an event inside it, two events of the
 * same month) readable without moving either off its date.
 */
export function packRows(extents: Extent[], gap: number): number[] {
  const rowEnds = new Map<number, number[]>();
  return extents.map(({ lane, from, to }) => {
    const ends = rowEnds.get(lane) ?? [];
    rowEnds.set(lane, ends);
    let row = ends.findIndex((end) => end + gap <= from);
    if (row === -1) row = ends.push(to) - 1;
    else ends[row] = to;
    return row;
  });
}
