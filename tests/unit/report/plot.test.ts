/** The terminal's log-log plot: where points land, the marks of two series, and the ranges on the axes. */
import { describe, expect, it } from 'vitest';
import { logLogPlot, type PlotOptions } from '../../../src/report/plot.ts';

const options: PlotOptions = { width: 9, height: 5, xLabel: 'n', yLabel: 'ms', formatX: String, formatY: (v) => `${v}` };

describe('logLogPlot', () => {
  it('puts a power law on a straight line, corner to corner, with the ranges at the ends of the axes', () => {
    const points = [1, 10, 100].map((x) => ({ x, y: x * x }));
    const lines = logLogPlot([{ label: 'yours', mark: '●', points }], options);
    expect(lines).toEqual([
      '      ms',
      '10000 ┤        ●',
      '      │',
      '      │    ●',
      '      │',
      '    1 ┤●',
      '      └─────────',
      '       1     100  n',
      '       ● yours',
    ]);
  });

  it('draws two series with their own marks, and a shared cell with the overlap mark', () => {
    const lines = logLogPlot(
      [
        { label: 'yours', mark: '●', points: [{ x: 1, y: 1 }, { x: 100, y: 10000 }] },
        { label: 'reference', mark: '○', points: [{ x: 1, y: 1 }, { x: 100, y: 100 }] },
      ],
      { ...options, overlapMark: '◆' },
    );
    expect(lines[1]).toBe('10000 ┤        ●');
    expect(lines[3]).toBe('      │        ○');
    expect(lines[5]).toBe('    1 ┤◆');
    expect(lines.at(-1)).toBe('       ● yours   ○ reference');
  });

  it('draws nothing without a positive point, and a single point in the middle', () => {
    expect(logLogPlot([{ label: 'yours', mark: '●', points: [] }], options)).toEqual([]);
    expect(logLogPlot([{ label: 'yours', mark: '●', points: [{ x: 0, y: 3 }] }], options)).toEqual([]);
    const single = logLogPlot([{ label: 'yours', mark: '●', points: [{ x: 5, y: 3 }] }], options);
    expect(single[3]).toBe('  │    ●');
  });
});
