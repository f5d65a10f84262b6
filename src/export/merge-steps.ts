/**
 * The named steps of a merge's commit, so the artifact tests can stop the
 * CLI exactly there: with GIAYMOI_TEST_KILL_AT=<step> in its environment the
 * process kills itself (SIGKILL, as a power cut would) on reaching that step.
 * Inert otherwise: unset in every real run, and the web host has no process.
 */
export type CommitStep =
  'staged' | 'journal-written' | 'moved-one' | 'moved-all' | 'removed-old' | 'manifest-written' | 'journal-removed';

/** Marks that the commit reached `step` (test-only kill point, see above). */
export function reached(step: CommitStep): void {
  const env = typeof process !== 'undefined' ? process.env?.GIAYMOI_TEST_KILL_AT : undefined;
  if (env === step) process.kill(process.pid, 'SIGKILL');
}
