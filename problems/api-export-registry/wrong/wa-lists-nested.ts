// Lists every exported name below the module, nested ones too ("math.add" under "tf").
export class ApiRegistry {
  private readonly symbols = new Map<string, string>();

  export(symbol: string, names: string[]): boolean {
    for (const name of names) {
      const taken = this.symbols.get(name);
      if (taken !== undefined && taken !== symbol) return false;
    }
    for (const name of names) this.symbols.set(name, symbol);
    return true;
  }

  resolve(name: string): string | null {
    return this.symbols.get(name) ?? null;
  }

  list(module: string): string[] {
    const prefix = module + '.';
    const out: string[] = [];
    for (const name of this.symbols.keys()) if (name.startsWith(prefix)) out.push(name.slice(prefix.length));
    return out.sort();
  }
}
