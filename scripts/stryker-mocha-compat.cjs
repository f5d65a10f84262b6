// Preloaded into Stryker's processes (see stryker.config.mjs): Stryker's mocha
// runner requires mocha's internal `lib/cli/run-helpers` and friends without an
// extension, and mocha 12 renamed them to `.cjs`, which Node does not try. This
// maps such a request to the `.cjs` file; nothing else is touched.
const Module = require('node:module');
const fs = require('node:fs');

const resolve = Module._resolveFilename;
Module._resolveFilename = function resolveMochaCli(request, ...rest) {
  if (/[\\/]mocha[\\/]lib[\\/]cli[\\/][\w-]+$/.test(request) && fs.existsSync(`${request}.cjs`)) {
    return resolve.call(this, `${request}.cjs`, ...rest);
  }
  return resolve.call(this, request, ...rest);
};
