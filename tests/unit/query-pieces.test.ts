import { expect, it } from 'vitest';
import { queryPieces } from '../../src/lib/search/query-pieces.ts';

it('queryPieces counts the words a query splits into, ignoring spaces and punctuation', () => {
  expect(queryPieces('DeepSeek')).toBe(1);
  expect(queryPieces('AI Agent')).toBe(2);
  expect(queryPieces('AI芯片')).toBeGreaterThanOrEqual(2);
  expect(queryPieces('，')).toBe(0);
});
