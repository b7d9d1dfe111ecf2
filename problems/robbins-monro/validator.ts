/** What bounds cannot say: there is one observation per step. */
export function validate(input: { steps: number[]; observations: number[] }): string | undefined {
  if (input.steps.length !== input.observations.length) return `steps has ${input.steps.length} values but observations has ${input.observations.length}`;
  return undefined;
}
