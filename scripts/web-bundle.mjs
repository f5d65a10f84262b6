// The web extension's bundle (package.json "browser": dist/web/extension.js):
// its own entry, src/web-extension.ts, which builds the web platform
// (features/web-platform.ts) and hands it to the same wiring table as the
// desktop entry, for VS Code's web-worker extension host, where there is no
// Node. A Node built-in anywhere in the bundle fails the build (checkNoNodeBuiltins).
import { builtinModules, createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const require = createRequire(join(ROOT, 'package.json'));

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

/** Takes packages in their browser builds; no module of ours is swapped (the platform is built by src/web-extension.ts). */
export function webPlatformPlugin(aliases = WEB_ALIASES) {
  return {
    name: 'giaymoi-web-platform',
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => (aliases[args.path] ? { path: aliases[args.path] } : undefined));
    },
  };
}

/** Fails the build on any Node built-in, naming the importer. */
export function checkNoNodeBuiltins() {
  return {
    name: 'giaymoi-no-node-builtins',
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        if (!isNodeBuiltin(args.path)) return undefined;
        return {
          errors: [
            {
              text: `the web bundle must not use Node's "${args.path}" (imported by ${args.importer.replace(`${ROOT}/`, '')}): VS Code's web-worker host has no Node`,
            },
          ],
        };
      });
    },
  };
}

/** The web extension's build options (merged into scripts/build.mjs's common ones). */
export const webExtensionTarget = {
  entryPoints: ['src/web-extension.ts'],
  outfile: 'dist/web/extension.js',
  platform: 'browser',
  format: 'cjs',
  external: ['vscode'],
  mainFields: ['browser', 'module', 'main'],
  // The DOCX renderer and the XLSX reader go inside this bundle (cjs cannot be split into
  // chunks); esbuild wraps them so their code first runs on the first export, not at activation.
  plugins: [webPlatformPlugin(), checkNoNodeBuiltins()],
  // pdfkit's browser build names a data file (PDF/A's colour profile, which we never use) by import.meta.url,
  // empty in a CommonJS bundle: any valid URL lets the module load.
  define: { 'import.meta.url': '"file:///giaymoi/pdfkit.js"' },
};
