/** `kata calibrate`: the reference measured on this machine, cached by key, and the limit derived from it. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyWorkspace, kata, kataWithEnv } from '../helpers.ts';

const root = copyWorkspace();
const meta = join(root, 'problems', 'add', 'problem.json');
const rule = { referenceMultiple: 4, minMs: 300, maxMs: 3000 };
writeFileSync(meta, readFileSync(meta, 'utf8').replace(/"timeMs":\s*\d+/, `"timeMs": ${JSON.stringify(rule)}`));

interface Row { slug: string; status: string; limitMs?: number; referenceMs?: number; runs?: number[]; key?: string }
const rows = (stdout: string) => (JSON.parse(stdout) as { cpu: string; node: string; problems: Row[] }).problems;

describe('kata calibrate', () => {
  it('shows a calibrated problem as not measured until it is, then measures it and caches the figure', () => {
    const before = kata(root, 'calibrate', '--cached', '--json');
    expect(before.status, before.stderr).toBe(0);
    expect(rows(before.stdout)).toEqual([{ slug: 'add', status: 'not measured', rule, key: expect.stringMatching(/^[0-9a-f]{16}$/) }]);

    const measured = kata(root, 'calibrate', '--json');
    expect(measured.status, measured.stderr).toBe(0);
    const [row] = rows(measured.stdout);
    expect(row).toMatchObject({ slug: 'add', status: 'measured', key: rows(before.stdout)[0]!.key });
    expect(row!.runs).toHaveLength(3);
    expect(row!.limitMs).toBe(Math.min(rule.maxMs, Math.max(rule.minMs, Math.ceil(row!.referenceMs! * rule.referenceMultiple))));
    expect(readdirSync(join(root, '.kata', 'cache', 'calibration'))).toEqual([`add-${row!.key}.json`]);

    const cached = kata(root, 'calibrate', '--cached', '--json');
    expect(rows(cached.stdout)).toEqual([{ ...row, status: 'cached' }]);
  });

  it('judges with the derived limit (measuring the reference first if need be) and shows the rule', () => {
    const loops = join(root, 'solutions', 'add.ts');
    writeFileSync(loops, 'export function add(a: number, b: number): number {\n  for (;;);\n}\n');
    const report = JSON.parse(kata(root, 'judge', 'add', '--json', '--no-typecheck').stdout) as { verdict: string; cases: { message?: string }[] };
    const [row] = rows(kata(root, 'calibrate', '--cached', '--json').stdout);
    expect(row!.status).toBe('cached');
    expect(report.verdict).toBe('TLE');
    expect(report.cases[0]!.message).toMatch(new RegExp(`(limit is|within) ${row!.limitMs} ms`));
    expect(kata(root, 'show', 'add').stdout).toContain("limits: 4 × the reference's time, 300 to 3000 ms per case");
  });

  it('reads a cached calibration without loading the schemas that validate problem files', () => {
    kata(root, 'test', 'add', '--no-typecheck'); // the problem's own cache, made again after its edit above
    // Node names each package it loads; zod (the schemas) took 35 ms of every such kata test.
    const run = kataWithEnv(root, { NO_COLOR: '1', NODE_DEBUG: 'module' }, 'test', 'add', '--no-typecheck');
    expect(run.stdout).toMatch(/^TLE {2}0\/2 passed/m);
    expect(run.stderr).toMatch(/^MODULE \d+: /m);
    expect(run.stderr).not.toContain('"zod"');
  });

  it('says a named problem with a fixed limit has nothing to calibrate, and refuses a workspace with none', () => {
    const fixed = kata(root, 'calibrate', 'half', '--json');
    expect(rows(fixed.stdout)).toEqual([{ slug: 'half', status: 'fixed', limitMs: 3000 }]);
    writeFileSync(meta, readFileSync(meta, 'utf8').replace(/"timeMs":\s*\{[^}]*\}/, '"timeMs": 500'));
    const none = kata(root, 'calibrate');
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('no problem has a calibrated time limit');
  });
});
