/**
 * What bounds cannot say: names and modules are dotted paths of 1..10-character components (a name
 * has at least two), and all list calls together return at most 10^6 names.
 */
const COMPONENT = /^[A-Za-z0-9_]{1,10}$/;

function badPath(path: string, least: number): string | undefined {
  const parts = path.split('.');
  if (parts.length < least) return `${JSON.stringify(path)} has ${parts.length} component(s), fewer than ${least}`;
  const bad = parts.find((part) => !COMPONENT.test(part));
  return bad === undefined ? undefined : `${JSON.stringify(path)} has the component ${JSON.stringify(bad)}, not 1 to 10 letters, digits or underscores`;
}

export function validate(input: { operations: string[]; arguments: unknown[][] }): string | undefined {
  const owner = new Map<string, string>();
  const children = new Map<string, Set<string>>();
  let listed = 0;
  for (let step = 1; step < input.operations.length; step++) {
    const args = input.arguments[step] ?? [];
    const operation = input.operations[step];
    if (operation === 'export') {
      const symbol = args[0] as string;
      const names = args[1] as string[];
      for (const name of names) {
        const bad = badPath(name, 2);
        if (bad) return `call ${step}: export name ${bad}`;
      }
      if (names.some((name) => (owner.get(name) ?? symbol) !== symbol)) continue;
      for (const name of names) {
        owner.set(name, symbol);
        const dot = name.lastIndexOf('.');
        const module = name.slice(0, dot);
        const set = children.get(module) ?? new Set<string>();
        set.add(name.slice(dot + 1));
        children.set(module, set);
      }
    } else if (operation === 'resolve') {
      const bad = badPath(args[0] as string, 2);
      if (bad) return `call ${step}: resolve name ${bad}`;
    } else if (operation === 'list') {
      const module = args[0] as string;
      const bad = badPath(module, 1);
      if (bad) return `call ${step}: list module ${bad}`;
      listed += children.get(module)?.size ?? 0;
      if (listed > 1_000_000) return `the list calls up to call ${step} return ${listed} names, more than 10^6`;
    }
  }
  return undefined;
}
