/**
 * Whose temp files are whose: temp and staging names carry the writing
 * process's id, so a later run removes only what dead runs left. A browser
 * worker has no process: it takes a random id for its session, and cannot
 * probe others, so it treats another id's leftovers as a dead run's.
 */
const nodeProcess = typeof process !== 'undefined' && typeof process.pid === 'number' ? process : undefined;

/** This process's id (Node), or this worker session's random one (web). */
export const PROCESS_ID: number = nodeProcess?.pid ?? 1_000_000 + Math.floor(Math.random() * 1_000_000_000);

/** True when `pid` is this process or a live one (Node only: `kill(pid, 0)`). */
export function isProcessAlive(pid: number): boolean {
  if (pid === PROCESS_ID) return true;
  if (!nodeProcess) return false;
  try {
    nodeProcess.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}
