// Scans every exported name on each list call: O(total names) per call.
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
    for (const name of this.symbols.keys()) {
      if (name.startsWith(prefix) && name.indexOf('.', prefix.length) === -1) out.push(name.slice(prefix.length));
    }
    return out.sort();
  }
}
