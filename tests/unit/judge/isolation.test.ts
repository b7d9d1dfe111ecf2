import { describe, expect, it } from 'vitest';
import { machine } from './machine.ts';
import { chooseIsolation, describeLayers, installHint } from '../../../src/judge/isolation.ts';


describe('choosing the isolation', () => {
  it('uses the permission model when asked by name', () => {
    expect(chooseIsolation('node').mode).toBe('node');
  });
});

describe('the layers kata doctor shows', () => {
  it('names the missing layer and the command that adds it', () => {
    const layers = describeLayers(machine({ bwrap: null, bwrapProblem: 'bubblewrap (bwrap) is not installed' }));
    const bwrap = layers.find((layer) => layer.name === 'bubblewrap namespaces')!;
    expect(bwrap.active).toBe(false);
    expect(bwrap.fix).toMatch(/apt-get install bubblewrap/);
    expect(layers.find((layer) => layer.name === 'Node permission model')!.active).toBe(true);
  });

  it.runIf(process.platform === 'linux')('points at the AppArmor switch when user namespaces are refused', () => {
    const hint = installHint(machine({ bwrapProblem: 'bwrap could not start a sandbox: bwrap: setting up uid map: Permission denied' }));
    expect(hint).toMatch(/apparmor_restrict_unprivileged_userns=0/);
  });

  it('marks every layer active on a machine that has them all', () => {
    const layers = describeLayers(machine({ cgroup: { version: 1, parent: '/sys/fs/cgroup/memory/x' } }));
    expect(layers.every((layer) => layer.active)).toBe(true);
  });
});
