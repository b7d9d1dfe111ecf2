const NAMES: readonly string[] = ['threshold', 'sigmoid', 'tanh', 'relu', 'leaky_relu', 'elu', 'silu'];

/** What bounds cannot say: name is one of the seven activations. */
export function validate(input: { name: string }): string | undefined {
  if (!NAMES.includes(input.name)) return `name is ${JSON.stringify(input.name)}, not one of ${NAMES.join(', ')}`;
  return undefined;
}
