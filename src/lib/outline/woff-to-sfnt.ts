import { unzlibSync } from 'fflate';

/**
 * A WOFF 1.0 font unwrapped into the OpenType (sfnt) font it holds, its tables inflated by fflate:
 * opentype.js's own inflater fails on some slices of Noto Sans SC ("Data error" on slice 101, which
 * holds characters the timelines use). See the WOFF spec, https://www.w3.org/TR/WOFF/.
 */
export function woffToSfnt(woff: Uint8Array): ArrayBuffer {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== 0x774f4646) throw new Error('不是 WOFF 字体文件（签名应为 wOFF）');
  const flavor = view.getUint32(4);
  const count = view.getUint16(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const entry = 44 + i * 20;
    const [tag, offset, compLength, origLength, checksum] = [0, 4, 8, 12, 16].map((at) => view.getUint32(entry + at)) as [number, number, number, number, number];
    const stored = woff.subarray(offset, offset + compLength);
    return { tag, checksum, data: compLength < origLength ? unzlibSync(stored) : stored };
  });
  const headerLength = 12 + 16 * count;
  const total = tables.reduce((length, t) => length + ((t.data.length + 3) & ~3), headerLength);
  const out = new Uint8Array(total);
  const sfnt = new DataView(out.buffer);
  // Offset table: searchRange, entrySelector and rangeShift as the OpenType spec derives them from the table count.
  const entrySelector = Math.floor(Math.log2(count));
  const searchRange = 2 ** entrySelector * 16;
  sfnt.setUint32(0, flavor);
  sfnt.setUint16(4, count);
  sfnt.setUint16(6, searchRange);
  sfnt.setUint16(8, entrySelector);
  sfnt.setUint16(10, count * 16 - searchRange);
  let offset = headerLength;
  tables.forEach((t, i) => {
    const entry = 12 + i * 16;
    sfnt.setUint32(entry, t.tag);
    sfnt.setUint32(entry + 4, t.checksum);
    sfnt.setUint32(entry + 8, offset);
    sfnt.setUint32(entry + 12, t.data.length);
    out.set(t.data, offset);
    offset += (t.data.length + 3) & ~3;
  });
  return out.buffer;
}
