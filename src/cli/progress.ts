/**
 * Live progress on a terminal: one line on standard error, redrawn in place, with done/total, what runs
 * now and an estimate of the time left. Silent when standard error is not a terminal, so that logs and
 * CI output stay clean.
 */
export class Progress {
  private readonly running = new Set<string>();
  private done = 0;
  private readonly started = performance.now();
  private readonly enabled: boolean;

  constructor(
    private readonly what: string,
    private readonly total: number,
    private readonly jobs: number,
    private readonly stream: Pick<NodeJS.WriteStream, 'isTTY' | 'columns' | 'write'> = process.stderr,
    enabled = true,
  ) {
    this.enabled = enabled && stream.isTTY === true;
  }

  start(name: string): void {
    this.running.add(name);
    this.draw();
  }

  finish(name: string): void {
    this.running.delete(name);
    this.done++;
    this.draw();
  }

  /** Clears the line, before anything else is printed. */
  clear(): void {
    if (this.enabled) this.stream.write('\r\x1b[2K');
  }

  /** Prints through `print` with the progress line out of the way, then draws it again. */
  around(print: () => void): void {
    this.clear();
    print();
    this.draw();
  }

  private draw(): void {
    if (!this.enabled) return;
    const elapsed = performance.now() - this.started;
    const left = this.done === 0 ? '' : ` · about ${Math.ceil(((elapsed / this.done) * (this.total - this.done)) / 1000)} s left`;
    const now = [...this.running].slice(0, this.jobs).join(', ');
    const line = `${this.what} ${this.done}/${this.total}${now ? ` · ${now}` : ''}${left}`;
    const width = this.stream.columns ?? 100;
    this.stream.write(`\r\x1b[2K${line.length > width - 1 ? `${line.slice(0, width - 2)}…` : line}`);
  }
}
