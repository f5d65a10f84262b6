#!/usr/bin/env node
// The `giaymoi` command: the bundled CLI (built by `npm run build`, also on `npm ci`).
require('../dist/cli.js');
