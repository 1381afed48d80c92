/**
 * Words a title must not break inside. Chinese breaks between any two characters, and balanced titles
 * (text-wrap: balance) took the break in the middle of a word: 2025年中国人工 / 智能产业研究报告. Chrome's
 * phrase-aware breaking (word-break: auto-phrase) covers Japanese only, and segmenters split 人工|智能.
 */
const UNBROKEN = ['人工智能', '大模型', '研究报告'];

/** A title cut into runs, each marked whether it must stay on one line. */
export function titleRuns(title: string): { text: string; unbroken: boolean }[] {
  const pattern = new RegExp(`(${UNBROKEN.join('|')})`);
  return title
    .split(pattern)
    .filter(Boolean)
    .map((text) => ({ text, unbroken: UNBROKEN.includes(text) }));
}
