/** A machine's isolation as the probe would find it, every layer there unless overridden: for tests of what follows from it. */
import type { MachineIsolation } from '../../../src/judge/isolation.ts';

export const machine = (overrides: Partial<MachineIsolation> = {}): MachineIsolation => ({
  bwrap: '/usr/bin/bwrap',
  prlimit: '/usr/bin/prlimit',
  bwrapProblem: null,
  cgroup: null,
  permissionFlag: '--experimental-permission',
  dropsPrivileges: true,
  ...overrides,
});
