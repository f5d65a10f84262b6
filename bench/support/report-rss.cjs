// Preloaded into a measured child (`node --require …`): on exit, writes the
// process's peak resident memory (maxRSS, KiB) and its CPU time (user and
// system, µs, every thread of the process: zlib's thread pool included) to
// the file the bench names, as "maxRSS user system".
const { writeFileSync } = require('node:fs');

const file = process.env.GIAYMOI_BENCH_RSS_FILE;
if (file)
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, `${usage.maxRSS} ${usage.userCPUTime} ${usage.systemCPUTime}`);
  });
