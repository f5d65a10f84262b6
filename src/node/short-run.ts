/**
 * V8 tuned for the CLI's usual run: one file checked, exported or previewed
 * without a mail merge, ~0.3 s. Optimized code (TurboFan, compiled on a second
 * thread whose CPU the process pays) mostly pays back its compile only after
 * such a run has ended, so functions tier up 4× later: on 'giaymoi export' of
 * the SIPAS example 5–15% less CPU (22 functions optimized, then 2). Later,
 * not never: a 1,000-invitee merge is not a short run and keeps V8's default
 * (--no-opt made it twice as slow).
 */
import { setFlagsFromString } from 'node:v8';

/** V8's default, in bytes of bytecode run before a function is considered for optimizing. */
const DEFAULT_INTERRUPT_BUDGET = 66 * 1024;
const SHORT_COMMANDS = new Set(['check', 'export', 'preview']);

/** One of the short commands on one file (at most two words that are not options: the file and an option's value), no merge. */
export function isShortRun(argv: readonly string[]): boolean {
  const [command, ...rest] = argv;
  if (!SHORT_COMMANDS.has(command ?? '') || rest.includes('--mail-merge')) return false;
  return rest.filter((arg) => !arg.startsWith('-')).length <= 2;
}

/** Sets V8's flags for a short run (before any bundle is compiled); true when it did. */
export function tuneForShortRun(argv: readonly string[]): boolean {
  if (!isShortRun(argv)) return false;
  setFlagsFromString(`--interrupt-budget=${4 * DEFAULT_INTERRUPT_BUDGET}`);
  return true;
}
