/** What bounds cannot say: queries come after at least one add, and probability asks about a logit already added. */
export function validate(input: { operations: string[]; arguments: number[][] }): string | undefined {
  const added = new Set<number>();
  for (let step = 1; step < input.operations.length; step++) {
    const operation = input.operations[step];
    const logit = input.arguments[step]?.[0];
    if (operation === 'add') {
      if (logit !== undefined) added.add(logit);
    } else if (added.size === 0) {
      return `call ${step} (${operation}) comes before any add`;
    } else if (operation === 'probability' && (logit === undefined || !added.has(logit))) {
      return `call ${step}: probability(${logit}) asks about a logit that was never added`;
    }
  }
  return undefined;
}
