/**
 * Layers only point down, read from the TypeScript syntax tree: every import
 * declaration (side-effect and `import type` included), `export … from`,
 * `import x = require()`, `import()` and `require()` calls, and `import('…')`
 * types. The core stands alone (yaml, zod), each renderer sees only the core
 * and its own library, the shells never see each other, nothing imports the
 * extension's entry. Into the core, other layers come only through a door
 * (core/index.ts or one of the named facades); inside it, the sub-folders
 * import each other only downwards in a stated order, so they form no cycle.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import * as ts from 'typescript';

const ROOT = join(__dirname, '../../..');
const SRC = join(ROOT, 'src');

/** Every module specifier a source text names. */
export function moduleSpecifiers(fileName: string, text: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      found.push(node.moduleSpecifier.text);
    if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    )
      found.push(node.moduleReference.expression.text);
    if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    ) {
      const [first] = node.arguments;
      if (first && ts.isStringLiteralLike(first)) found.push(first.text);
    }
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal))
      found.push(node.argument.literal.text);
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true));
  return found;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The layer of a path under src/: "core", "render/docx", "render/html", "features", "extension" (both entries), … */
function layerOf(path: string): string {
  const parts = relative(SRC, path).split(sep);
  if (parts[0] === 'render') return `render/${parts[1]}`;
  const layer = parts[0].replace(/\.ts$/, '');
  return layer === 'web-extension' ? 'extension' : layer;
}

const packageOf = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);

interface LayerRule {
  /** Layers of ours it may import (its own always included). */
  readonly layers: readonly string[];
  /** Packages (Node built-ins included) it may import; undefined: any. */
  readonly packages?: readonly string[];
}

/** The shells may use any package and Node built-in; `vscode` stays with features and the entry. */
const SHELL_PACKAGES = undefined;
const RULES: Record<string, LayerRule> = {
  core: { layers: [], packages: ['yaml', 'zod'] },
  'render/html': { layers: ['core'], packages: [] },
  /** fflate is the zip library docx packs with; a mail merge swaps one part of the packed file with it. */
  'render/docx': { layers: ['core'], packages: ['docx', 'fflate'] },
  /** pdfkit lays glyphs with fontkit and writes the PDF; pagination is the preview's (render/html), so the three agree. */
  'render/pdf': { layers: ['core', 'render/html'], packages: ['pdfkit'] },
  protocol: { layers: ['core'], packages: [] },
  /** The extension's and the preview's own words: a bundle reader over l10n/bundle.l10n.vi.json. */
  l10n: { layers: ['core'], packages: [] },
  webview: { layers: ['core', 'protocol', 'render/html', 'l10n'], packages: [] },
  /** DOCX → source: bytes in, text out (a zip reader and a strict XML parser), so it runs in a browser too. */
  import: { layers: ['core'], packages: ['fflate', 'saxes', 'yaml'] },
  /** Invitee lists: bytes in, a table out; the XLSX reader is loaded lazily through Node where bundled; fflate inflates a spreadsheet as a stream to bound it first. */
  lists: { layers: ['core'], packages: ['csv-parse', 'read-excel-file', 'fflate', 'node:path'] },
  /** Desktop-only helpers (LibreOffice for .doc, the guarded file reader), for the CLI and the desktop extension; the read limits come from the lists and the importer. */
  node: { layers: ['core', 'lists', 'import'], packages: SHELL_PACKAGES },
  export: { layers: ['core', 'render/docx', 'render/html', 'render/pdf'], packages: SHELL_PACKAGES },
  /** PDF signing: pdf-lib, node-forge, @signpdf, fontkit; its node-* files use Node (the CLI and the desktop load it lazily). */
  sign: { layers: ['core'], packages: SHELL_PACKAGES },
  cli: {
    layers: [
      'core',
      'render/docx',
      'render/html',
      'render/pdf',
      'export',
      'protocol',
      'import',
      'lists',
      'node',
      'sign',
    ],
    packages: SHELL_PACKAGES,
  },
  features: {
    layers: [
      'core',
      'render/docx',
      'render/html',
      'render/pdf',
      'export',
      'protocol',
      'import',
      'lists',
      'node',
      'l10n',
      'sign',
    ],
    packages: SHELL_PACKAGES,
  },
  extension: { layers: ['features'], packages: ['vscode'] },
};

/** "file: specifier (reason)" for every import that breaks its layer's rule. */
function violations(
  files: readonly string[],
  read: (file: string) => string = (f) => readFileSync(f, 'utf8'),
): string[] {
  return files.flatMap((file) => {
    const layer = layerOf(file);
    const rule = RULES[layer];
    if (!rule) return [`${relative(ROOT, file)}: layer "${layer}" has no rule in this test`];
    return moduleSpecifiers(file, read(file)).flatMap((spec) => {
      const where = `${relative(ROOT, file)}: ${spec}`;
      if (!spec.startsWith('.')) {
        const allowed = rule.packages === undefined || rule.packages.includes(packageOf(spec));
        if (!allowed) return [`${where} (${layer} may import only ${rule.packages?.join(', ') || 'no package'})`];
        if (spec === 'vscode' && !['features', 'extension'].includes(layer))
          return [`${where} (only the shell imports vscode)`];
        return [];
      }
      const target = resolve(dirname(file), spec);
      if (layer === 'l10n' && target.startsWith(join(ROOT, 'l10n') + sep) && target.endsWith('.json')) return [];
      if (!target.startsWith(SRC + sep)) return [`${where} (outside src/)`];
      const targetLayer = layerOf(target);
      if (targetLayer === 'extension') return [`${where} (nothing imports the extension's entry)`];
      if (targetLayer === layer || rule.layers.includes(targetLayer)) return [];
      return [`${where} (${layer} may import ${[layer, ...rule.layers].join(', ')})`];
    });
  });
}

const CORE = join(SRC, 'core');

/**
 * The core's doors: other layers import core/index.ts or one of these
 * facades (a folder's index.ts), never a file behind it. The folders without
 * a door (source, schema, codes, parse, rules, config) are reached through
 * core/check.
 */
const CORE_DOORS = ['model', 'messages', 'calendar', 'text', 'layout', 'check', 'merge', 'authoring'];

/**
 * The core's sub-folders from the bottom up: each imports only folders before
 * it, so no two import each other. What two folders both need moves down into
 * a lower one rather than being re-exported.
 */
const CORE_ORDER = [
  'model',
  'messages',
  'calendar',
  'text',
  'source',
  'schema',
  'codes',
  'parse',
  'layout',
  'rules',
  'config',
  'merge',
  'check',
  'authoring',
];

/** The core sub-folder of a file or an imported path ('' for core's top level), or undefined outside the core. */
function coreFolderOf(path: string): string | undefined {
  if (path !== CORE && !path.startsWith(CORE + sep)) return undefined;
  const parts = relative(CORE, path).split(sep);
  const isFolder = parts.length === 1 && existsSync(path) && statSync(path).isDirectory(); // `../model` names model/index.ts
  return parts.length === 1 && !isFolder ? '' : parts[0];
}

/** The relative imports of `files`, each as the importing file, its specifier and the path it names. */
function relativeImports(files: readonly string[], read: (file: string) => string) {
  return files.flatMap((file) =>
    moduleSpecifiers(file, read(file))
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => ({ file, spec, target: resolve(dirname(file), spec) })),
  );
}

/** Imports from outside the core that reach past a door, and loose files at core's top level. */
function coreDoorViolations(
  files: readonly string[],
  read: (file: string) => string = (f) => readFileSync(f, 'utf8'),
): string[] {
  const loose = files
    .filter((file) => coreFolderOf(file) === '' && !/index\.tsx?$/.test(file))
    .map((file) => `${relative(ROOT, file)} (core's top level holds only its door, index.ts)`);
  const deep = relativeImports(files, read)
    .filter(({ file, target }) => coreFolderOf(file) === undefined && coreFolderOf(target) !== undefined)
    .filter(({ target }) => {
      const door = relative(CORE, target.replace(/[\\/]index$/, '')).split(sep);
      return !(door[0] === '' || (door.length === 1 && CORE_DOORS.includes(door[0])));
    })
    .map(
      ({ file, spec }) =>
        `${relative(ROOT, file)}: ${spec} (past the core's door: import core/ or ${CORE_DOORS.join(', ')})`,
    );
  return [...loose, ...deep];
}

/** Edges between core sub-folders, "from -> to", each with one import that makes it. */
function coreFolderEdges(files: readonly string[], read: (file: string) => string): Map<string, string> {
  const edges = new Map<string, string>();
  for (const { file, spec, target } of relativeImports(files, read)) {
    const from = coreFolderOf(file);
    const to = coreFolderOf(target);
    if (!from || !to || from === to) continue;
    if (!edges.has(`${from} -> ${to}`)) edges.set(`${from} -> ${to}`, `${relative(ROOT, file)}: ${spec}`);
  }
  return edges;
}

/** Imports from a core sub-folder to one at or above it in CORE_ORDER (or to a folder the order does not name). */
function coreOrderViolations(
  files: readonly string[],
  read: (file: string) => string = (f) => readFileSync(f, 'utf8'),
): string[] {
  return [...coreFolderEdges(files, read)].flatMap(([edge, where]) => {
    const [from, to] = edge.split(' -> ').map((folder) => CORE_ORDER.indexOf(folder));
    return from >= 0 && to >= 0 && to < from ? [] : [`${where} (core: ${edge} goes against ${CORE_ORDER.join(' < ')})`];
  });
}

/** Every cycle of core sub-folders, each as its folders sorted (strongly connected components of two or more). */
function coreCycles(
  files: readonly string[],
  read: (file: string) => string = (f) => readFileSync(f, 'utf8'),
): string[][] {
  const next = new Map<string, string[]>();
  for (const edge of coreFolderEdges(files, read).keys()) {
    const [from, to] = edge.split(' -> ');
    next.set(from, [...(next.get(from) ?? []), to]);
  }
  const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
    (next.get(from) ?? []).some((n) => n === to || (!seen.has(n) && seen.add(n) && reaches(n, to, seen)));
  const folders = [...next.keys()].sort();
  const cycles = new Map<string, string[]>();
  for (const folder of folders) {
    const members = folders.filter((other) => other === folder || (reaches(folder, other) && reaches(other, folder)));
    if (members.length > 1) cycles.set(members.join(), members);
  }
  return [...cycles.values()];
}

describe('layers only point down (imports from the syntax tree)', () => {
  it('reads every kind of import, type-only and side-effect included', () => {
    const text = [
      "import './side-effect';",
      "import type { A } from './types-only';",
      "import { type B } from './inline-type';",
      "export * from './re-export';",
      "export { C } from './named-re-export';",
      "import D = require('./import-equals');",
      "const e = require('./required');",
      "const f = import('./dynamic');",
      "let g: import('./import-type').G;",
      "// import { nope } from './in-a-comment';",
      'const s = "from \'./in-a-string\'";',
    ].join('\n');
    assert.deepEqual(moduleSpecifiers('x.ts', text), [
      './side-effect',
      './types-only',
      './inline-type',
      './re-export',
      './named-re-export',
      './import-equals',
      './required',
      './dynamic',
      './import-type',
    ]);
  });

  it('src/ follows the layer table', () => {
    assert.deepEqual(violations(sources(SRC)), []);
  });

  it('a core → render import, a type-only cycle through extension.ts, a Node built-in in the core each fail', () => {
    const fake: Record<string, string> = {
      [join(SRC, 'core', 'fake.ts')]: "import type { Rendered } from '../render/docx';\nimport 'node:fs';",
      [join(SRC, 'features', 'fake.ts')]: "import type { GiaymoiApi } from '../extension';",
      [join(SRC, 'render', 'docx', 'fake.ts')]:
        "import '../../features/settings';\nimport { escapeHtml } from '../html/escape';",
    };
    assert.deepEqual(
      violations(Object.keys(fake), (f) => fake[f]).map((v) => v.split(' (')[0]),
      [
        'src/core/fake.ts: ../render/docx',
        'src/core/fake.ts: node:fs',
        'src/features/fake.ts: ../extension',
        'src/render/docx/fake.ts: ../../features/settings',
        'src/render/docx/fake.ts: ../html/escape',
      ],
    );
  });

  it('vscode outside the shell and a bare Node built-in in the core each fail (the browser cannot load them)', () => {
    const fake: Record<string, string> = {
      [join(SRC, 'core', 'fake.ts')]: "const fs = require('fs');\nimport * as vscode from 'vscode';",
      [join(SRC, 'render', 'html', 'fake.ts')]: "import type { Uri } from 'vscode';",
      [join(SRC, 'cli', 'fake.ts')]: "import * as vscode from 'vscode';",
      [join(SRC, 'features', 'fake.ts')]: "import * as vscode from 'vscode';",
    };
    assert.deepEqual(
      violations(Object.keys(fake), (f) => fake[f]).map((v) => v.split(' (')[0]),
      [
        'src/core/fake.ts: fs',
        'src/core/fake.ts: vscode',
        'src/render/html/fake.ts: vscode',
        'src/cli/fake.ts: vscode',
      ],
    );
  });
  it("other layers enter the core only through its doors; core's top level holds only index.ts", () => {
    assert.deepEqual(coreDoorViolations(sources(SRC)), []);
  });

  it("core's sub-folders import only downwards in the stated order, and form no cycle", () => {
    assert.deepEqual(coreOrderViolations(sources(SRC)), []);
    assert.deepEqual(coreCycles(sources(SRC)), []);
  });

  it('a deep import into the core, a loose file at its top level, an upward import and a cycle inside it each fail', () => {
    const fake: Record<string, string> = {
      [join(SRC, 'features', 'fake.ts')]:
        "import type { Problem } from '../core/model/problem';\nimport { say } from '../core/messages';\nimport '../core';",
      [join(SRC, 'render', 'html', 'fake.ts')]: "import { mmToPt } from '../../core/layout/measures';",
      [join(SRC, 'core', 'loose.ts')]: "import { say } from './messages';",
      [join(SRC, 'core', 'model', 'fake.ts')]: "import { checkInvitation } from '../check/check';",
      [join(SRC, 'core', 'check', 'fake.ts')]: "import type { Problem } from '../model';",
    };
    const files = Object.keys(fake);
    const read = (f: string) => fake[f];
    assert.deepEqual(
      coreDoorViolations(files, read).map((v) => v.split(' (')[0]),
      [
        'src/core/loose.ts',
        'src/features/fake.ts: ../core/model/problem',
        'src/render/html/fake.ts: ../../core/layout/measures',
      ],
    );
    assert.deepEqual(
      coreOrderViolations(files, read).map((v) => v.split(' (')[0]),
      ['src/core/model/fake.ts: ../check/check'],
    );
    assert.deepEqual(coreCycles(files, read), [['check', 'model']]);
  });
});
