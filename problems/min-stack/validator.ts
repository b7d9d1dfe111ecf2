/** What bounds cannot say: pop, top and getMin are only called on a non-empty stack. */
export function validate(input: { operations: string[]; arguments: unknown[][] }): string | undefined {
  let height = 0;
  for (let step = 1; step < input.operations.length; step++) {
    const operation = input.operations[step];
    if (operation === 'push') height++;
    else if (height === 0) return `call ${step} is ${String(operation)} on an empty stack`;
    else if (operation === 'pop') height--;
  }
  return undefined;
}
