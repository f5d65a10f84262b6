// Maps stack frames of the bundled suite (suite/tests/x.test.js:48:12) back to
// the TypeScript sources (test/integration/x.test.ts:27:5). The extension host
// installs its own Error.prepareStackTrace, so Node's --enable-source-maps
// cannot do it there; the drivers do it afterwards from the .map files.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Rewrites every `file.js:line:column` of `stack` that has a `file.js.map`; paths relative to `root`. */
export function mapStack(stack, root) {
  if (!stack) return stack;
  const maps = new Map();
  return stack.replace(/(\/[^\s():]+\.js):(\d+):(\d+)/g, (whole, file, line, column) => {
    if (!maps.has(file)) maps.set(file, loadMap(file));
    const position = maps.get(file)?.(Number(line) - 1, Number(column) - 1);
    return position ? `${relative(root, position.source)}:${position.line + 1}:${position.column + 1}` : whole;
  });
}

/** A lookup (zero-based generated line, column) → original position, or undefined without a map. */
function loadMap(file) {
  const mapFile = `${file}.map`;
  if (!existsSync(mapFile)) return undefined;
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  const sources = map.sources.map((s) => resolve(dirname(mapFile), map.sourceRoot ?? '', s));
  const lines = decodeMappings(map.mappings);
  return (line, column) => {
    const segments = lines[line];
    if (!segments?.length) return undefined;
    let best = segments[0];
    for (const s of segments) if (s[0] <= column) best = s;
    return best.length >= 4 ? { source: sources[best[1]], line: best[2], column: best[3] } : undefined;
  };
}

/** Source map v3 "mappings": per generated line, segments [column, source, line, column] (absolute). */
function decodeMappings(mappings) {
  const state = [0, 0, 0, 0];
  return mappings.split(';').map((line) => {
    state[0] = 0;
    return line
      ? line.split(',').map((segment) => {
          const values = decodeVlq(segment);
          values.forEach((v, i) => {
            if (i < 4) state[i] += v;
          });
          return state.slice(0, Math.min(values.length, 4));
        })
      : [];
  });
}

function decodeVlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}
