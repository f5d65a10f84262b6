// The floors under `giaymoi check` and `giaymoi export`, as whole processes for
// bench/export.bench.mjs: Node loading the CLI's bundles through the same
// compile cache and V8 flags (an export's short run) and doing none of their work, and
// docx alone writing the same document. Usage: node floor.cjs MODE DIST BOOT_HELPERS [LAYOUT_JSON]
//   bundles      dist/cli.js and dist/docx.js loaded (`giaymoi --help`, then the renderer required)
//   docx         dist/docx.js loaded and the layout rendered to DOCX bytes (zlib), nothing else:
//                no YAML, no check, no layout, no file written
const { join } = require('node:path');
const { readFileSync } = require('node:fs');

const [mode, dist, helpers, layoutFile] = process.argv.slice(2);
const { installCompileCache, tuneForShortRun } = require(helpers);
tuneForShortRun(['export', 'x.giaymoi.yaml']);
installCompileCache(dist, `floor-${mode}`);

if (mode === 'bundles') {
  process.argv.splice(2, Infinity, '--help');
  require(join(dist, 'cli.js'));
  require(join(dist, 'docx.js'));
} else if (mode === 'docx') {
  const { renderDocx } = require(join(dist, 'docx.js'));
  const zlib = require('node:zlib');
  const { layout, measures, date } = JSON.parse(readFileSync(layoutFile, 'utf8'));
  const codec = { deflateRaw: (b) => zlib.deflateRawSync(b, { level: 6 }), crc32: (b) => zlib.crc32(b) };
  renderDocx([layout], { measures, date: new Date(date), codec }).then((bytes) => {
    if (bytes.length < 1000) throw new Error('docx floor: no document');
  });
} else {
  throw new Error(`floor.cjs: unknown mode ${mode}`);
}
