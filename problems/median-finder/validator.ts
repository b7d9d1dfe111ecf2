/** What bounds cannot say: findMedian is only called after at least one addNum. */
export function validate(input: { operations: string[]; arguments: number[][] }): string | undefined {
  const firstAdd = input.operations.indexOf('addNum');
  const firstQuery = input.operations.indexOf('findMedian');
  if (firstQuery >= 0 && (firstAdd < 0 || firstQuery < firstAdd)) return `findMedian(call ${firstQuery}) comes before any addNum, when the collection is empty`;
  return undefined;
}
