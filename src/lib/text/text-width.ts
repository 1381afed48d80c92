/**
 * Estimated rendered width of a label, in px, for the system sans-serif fonts
 * the charts use. Plot counts a CJK character as wide as "e"; in fact it is a
 * full em, which is what makes Chinese axis labels overflow their margins.
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += charEms(char);
  return ems * fontSize;
}

function charEms(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  // CJK ideographs, kana, hangul, CJK and full-width punctuation.
  if ((code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff)) {
    return 1;
  }
  if (code >= 0xfe30 && code <= 0xffef) return 1;
  if (char === ' ') return 0.3;
  if (/[0-9]/.test(char)) return 0.58;
  if (/[A-Z%]/.test(char)) return 0.68;
  if (/[il.,:;'|!]/.test(char)) return 0.3;
  return 0.56;
}
