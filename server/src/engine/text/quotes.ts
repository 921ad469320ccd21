/** Whether `at` lies inside quotation marks opened earlier in the sentence: someone else's words. */
export function insideQuotes(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const opened = (before.match(/[“]/g) ?? []).length - (before.match(/[”]/g) ?? []).length;
  return opened > 0 || (before.match(/"/g) ?? []).length % 2 === 1;
}
