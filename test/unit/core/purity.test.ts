import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every .ts file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const imports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]);

describe('pure core, thin shell', () => {
  it('the core imports neither vscode nor Node built-ins, so it runs in a browser', () => {
    const offenders = sources('src/core').flatMap((file) => imports(file).filter((m) => m === 'vscode' || m.startsWith('node:') || ['fs', 'path', 'os', 'child_process'].includes(m)).map((m) => `${file}: ${m}`));
    assert.deepEqual(offenders, []);
  });

  it('the renderers never import vscode', () => {
    const offenders = sources('src/render').flatMap((file) => imports(file).filter((m) => m === 'vscode').map(() => file));
    assert.deepEqual(offenders, []);
  });

  it('only the shell (src/features and the entries src/extension.ts, src/web-extension.ts) imports vscode', () => {
    const entries = [join('src', 'extension.ts'), join('src', 'web-extension.ts')];
    const all = sources('src').filter((f) => !f.startsWith(join('src', 'features')) && !entries.includes(f));
    assert.deepEqual(all.filter((f) => imports(f).includes('vscode')), []);
  });
});
