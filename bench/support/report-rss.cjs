// Preloaded into a measured child (`node --require …`): on exit, writes the
// process's peak resident memory (maxRSS, KiB) to the file the bench names.
const { writeFileSync } = require('node:fs');

const file = process.env.GIAYMOI_BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
