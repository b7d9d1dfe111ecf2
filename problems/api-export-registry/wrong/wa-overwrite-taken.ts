// Lets a later export overwrite a name another symbol already holds.
export class ApiRegistry {
  private readonly symbols = new Map<string, string>();
  private readonly children = new Map<string, Set<string>>();
  private readonly sorted = new Map<string, string[]>();

  export(symbol: string, names: string[]): boolean {
    for (const name of names) {
      if (this.symbols.get(name) === symbol) continue;
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
