/**
 * The built `giaymoi` command run as a user would, under /usr/bin/time so each
 * hostile case reports how long it took and how much memory it held (reported,
 * never asserted as wall-clock); a case that hangs is killed after a generous
 * time and fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');
/** GIAYMOI_HOSTILE_BIN runs the suite against another build (to see it fail on an older one). */
const BIN = process.env.GIAYMOI_HOSTILE_BIN ?? join(ROOT, 'bin/giaymoi.js');
/** Far beyond the ~0.2 s a refusal takes: reaching it means the command hung. */
const HANG_MS = 30_000;
const TIME = '/usr/bin/time';

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Peak resident memory in KB, from /usr/bin/time. */
  readonly maxRssKb: number;
  readonly seconds: number;
}

export function runGiaymoi(args: readonly string[], cwd: string): CliRun {
  const started = process.hrtime.bigint();
  // `timeout` kills the command itself: killing /usr/bin/time would leave it blocked on a FIFO.
  const command = ['timeout', '-s', 'KILL', String(HANG_MS / 1000), process.execPath, BIN, ...args];
  const measured = existsSync(TIME) ? [TIME, '-f', 'giaymoi-rss-kb %M', ...command] : command; // peak memory only where GNU time is installed
  const run = spawnSync(measured[0], measured.slice(1), {
    cwd,
    encoding: 'utf8',
    timeout: 2 * HANG_MS,
    env: { ...process.env, GIAYMOI_COMPILE_CACHE: 'off', GIAYMOI_LANG: 'en' },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rss = /giaymoi-rss-kb (\d+)/.exec(run.stderr ?? '');
  const stderr = (run.stderr ?? '')
    .replace(/^.*giaymoi-rss-kb \d+\n?/m, '')
    .replace(/^Command (exited with non-zero status|terminated by signal) \d+\n/m, '');
  const result = {
    status: run.status,
    stdout: run.stdout ?? '',
    stderr,
    maxRssKb: rss ? Number(rss[1]) : NaN,
    seconds,
  };
  console.log(
    `      giaymoi ${args[0]}: exit ${result.status}, ${seconds.toFixed(2)} s, ${(result.maxRssKb / 1024).toFixed(0)} MB peak`,
  );
  return result;
}
