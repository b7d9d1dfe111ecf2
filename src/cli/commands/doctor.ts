/**
 * `kata doctor`: which layers of isolation this machine gives a sandbox, and for each missing one the
 * command that adds it. Exits 0 when OS isolation is active (what grading needs), 1 when judging would
 * fall back to Node's permission model alone.
 */
import { describeLayers, probeMachine } from '../../judge/isolation.ts';
import { EXIT, type CliContext } from '../context.ts';

export async function run(context: CliContext, options: { json?: boolean }): Promise<number> {
  const machine = probeMachine();
  const layers = describeLayers(machine);
  const os = machine.bwrapProblem === null;
  const mode = context.isolation === 'node' || !os ? 'node' : 'os';
  if (options.json) {
    context.out(JSON.stringify({ isolation: mode, layers }));
    return os ? EXIT.OK : EXIT.NOT_ACCEPTED;
  }
  const { style } = context;
  for (const layer of layers) {
    context.out(`  ${layer.active ? style.pass('✓') : style.fail('✗')} ${layer.name.padEnd(24)}${style.dim(layer.detail)}`);
    if (!layer.active && layer.fix) context.out(`    ${style.dim('fix:')} ${layer.fix}`);
  }
  context.out('');
  if (os) context.out(style.pass(`OS isolation is active: solutions are judged inside bubblewrap${mode === 'node' ? ' (but --isolation=node turns it off for this run)' : ''}.`));
  else context.out(style.warn(`OS isolation is not available: solutions are judged under Node's permission model alone, which does not stop network access, socket files or memory held by the kernel. judge --strict-isolation refuses to run like this.`));
  return os ? EXIT.OK : EXIT.NOT_ACCEPTED;
}
