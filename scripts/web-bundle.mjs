// The web extension's bundle (package.json "browser": dist/web/extension.js):
// the same src/extension.ts built for VS Code's web-worker extension host,
// where there is no Node. What differs is swapped in module by module, as a
// package.json "browser" field would, and a Node built-in anywhere in the
// bundle fails the build (checkNoNodeBuiltins).
import { builtinModules, createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const require = createRequire(join(ROOT, 'package.json'));

/** Node module → its web replacement (absolute paths). */
export const WEB_REPLACEMENTS = {
  // Platform: workspace.fs instead of Node's fs, no home folder.
  [join(ROOT, 'src/features/platform.ts')]: join(ROOT, 'src/features/platform.web.ts'),
  [join(ROOT, 'src/export/default-file-system.ts')]: join(ROOT, 'src/features/default-file-system.web.ts'),
  // DOCX packages deflated by fflate instead of Node's zlib.
  [join(ROOT, 'src/export/default-zip-codec.ts')]: join(ROOT, 'src/features/default-zip-codec.web.ts'),
  // Import from Word: .docx works in the browser (fflate, saxes); .doc needs LibreOffice.
  [join(ROOT, 'src/node/convert-doc.ts')]: join(ROOT, 'src/features/convert-doc.web.ts'),
  // giaymoi.config.yaml: read through workspace.fs only (no local disk beside the worker).
  [join(ROOT, 'src/features/local-reads.ts')]: join(ROOT, 'src/features/local-reads.web.ts'),
};

/** Packages the web bundle takes in their browser builds. */
export const WEB_ALIASES = {
  // URI paths are '/'-separated: the export code's path handling works unchanged on them.
  path: require.resolve('path-browserify'),
  'node:path': require.resolve('path-browserify'),
  // csv-parse's Node build needs `stream` and `buffer`; its browser build is self-contained.
  'csv-parse/sync': join(ROOT, 'node_modules/csv-parse/dist/esm/sync.js'),
};

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** True for a Node built-in module name ("fs", "node:fs", "fs/promises", "node:assert/strict"). */
export function isNodeBuiltin(path) {
  return BUILTINS.has(path) || path.startsWith('node:') || BUILTINS.has(path.split('/')[0]);
}

/** Swaps modules for their web replacements and packages for their browser builds. */
export function webPlatformPlugin(replacements = WEB_REPLACEMENTS, aliases = WEB_ALIASES) {
  return {
    name: 'giaymoi-web-platform',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData?.giaymoiWeb) return undefined;
        if (aliases[args.path]) return { path: aliases[args.path] };
        if (!args.path.startsWith('.')) return undefined;
        const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: { giaymoiWeb: true } });
        const replacement = replacements[resolved.path];
        return replacement ? { path: replacement } : undefined;
      });
    },
  };
}

/** Fails the build on any Node built-in left after the replacements, naming the importer. */
export function checkNoNodeBuiltins() {
  return {
    name: 'giaymoi-no-node-builtins',
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        if (!isNodeBuiltin(args.path)) return undefined;
        return { errors: [{ text: `the web bundle must not use Node's "${args.path}" (imported by ${args.importer.replace(`${ROOT}/`, '')}): VS Code's web-worker host has no Node` }] };
      });
    },
  };
}

/** The web extension's build options (merged into scripts/build.mjs's common ones). */
export const webExtensionTarget = {
  entryPoints: ['src/extension.ts'],
  outfile: 'dist/web/extension.js',
  platform: 'browser',
  format: 'cjs',
  external: ['vscode'],
  mainFields: ['browser', 'module', 'main'],
  // The DOCX renderer and the XLSX reader go inside this bundle (cjs cannot be split into
  // chunks); esbuild wraps them so their code first runs on the first export, not at activation.
  define: { __BUNDLED__: 'false' },
  plugins: [webPlatformPlugin(), checkNoNodeBuiltins()],
};
