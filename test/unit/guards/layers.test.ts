/**
 * Layers only point down, read from the TypeScript syntax tree: every import
 * declaration (side-effect and `import type` included), `export … from`,
 * `import x = require()`, `import()` and `require()` calls, and `import('…')`
 * types. The core stands alone (yaml, zod), each renderer sees only the core
 * and its own library, the shells never see each other, nothing imports the
 * extension's entry.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
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
  export: { layers: ['core', 'render/docx', 'render/html'], packages: SHELL_PACKAGES },
  cli: {
    layers: ['core', 'render/docx', 'render/html', 'export', 'protocol', 'import', 'lists', 'node'],
    packages: SHELL_PACKAGES,
  },
  features: {
    layers: ['core', 'render/docx', 'render/html', 'export', 'protocol', 'import', 'lists', 'node', 'l10n'],
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
});
