/** The report marks estimated years with a trailing "e": "2025e". */
export function isEstimate(category: string): boolean {
  return /\d{4}e$/.test(category);
}
