/**
 * A map from full name to symbol, plus, for each module, the set of leaf names directly in it.
 * A module's sorted listing is cached and dropped when a name is added to that module.
 */
export class ApiRegistry {
  private readonly symbols = new Map<string, string>();
  private readonly children = new Map<string, Set<string>>();
  private readonly sorted = new Map<string, string[]>();

  export(symbol: string, names: string[]): boolean {
    for (const name of names) {
      const taken = this.symbols.get(name);
      if (taken !== undefined && taken !== symbol) return false;
    }
    for (const name of names) {
      if (this.symbols.has(name)) continue;
      this.symbols.set(name, symbol);
      const dot = name.lastIndexOf('.');
      const module = name.slice(0, dot);
      let set = this.children.get(module);
      if (!set) this.children.set(module, (set = new Set()));
      set.add(name.slice(dot + 1));
      this.sorted.delete(module);
    }
    return true;
  }

  resolve(name: string): string | null {
    return this.symbols.get(name) ?? null;
  }

  list(module: string): string[] {
    let cached = this.sorted.get(module);
    if (!cached) {
      cached = [...(this.children.get(module) ?? [])].sort();
      this.sorted.set(module, cached);
    }
    return cached.slice();
  }
}
