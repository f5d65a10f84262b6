#!/usr/bin/env node
// The `giaymoi` command: the bundled CLI (built by `npm run build`, also on `npm ci`;
// the packed package, npm pack, carries it built), loaded through dist/boot.js,
// which keeps V8's compiled code between runs.
require('../dist/boot.js');
