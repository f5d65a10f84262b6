/**
 * giaymoi outside its clone: the package is packed as a user would get it
 * (`npm pack`), installed as a command into a temporary prefix
 * (`npm install -g --prefix …`), and run by name from a folder that has
 * nothing of the clone in it. What the tarball must hold at run time is the
 * launcher and the bundles (dist/), which carry every dependency; a file
 * missing from the .npmignore allow list fails here, not on a user's machine.
 */
import * as assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

const ROOT = join(__dirname, '../../..');
const EXAMPLE = 'hoi-nghi-sipas-2024.giaymoi.yaml';

function run(command: string, args: string[], options: SpawnSyncOptions) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  const said = `${command} ${args.join(' ')}\n${String(result.stdout)}\n${String(result.stderr)}`;
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr), said };
}

/** No runtime dependency declared: nothing to fetch, so the install can prove it needs no network. */
function installFlags(): string[] {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies?: object };
  const fetches = Object.keys(manifest.dependencies ?? {}).length > 0;
  return ['--no-audit', '--no-fund', '--ignore-scripts', fetches ? '--prefer-offline' : '--offline'];
}

describe('giaymoi installed from its packed tarball', function () {
  this.timeout(180_000);
  let work = '';
  let elsewhere = '';
  let files: string[] = [];
  let env: NodeJS.ProcessEnv = {};

  before(() => {
    work = mkdtempSync(join(tmpdir(), 'giaymoi-pack-'));
    elsewhere = join(work, 'elsewhere');
    const prefix = join(work, 'prefix');
    assert.ok(existsSync(join(ROOT, 'dist/cli.js')), 'dist/ is built first (node scripts/build.mjs)');
    // --ignore-scripts: the build is already there (the test command builds once for the whole phase).
    const pack = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: ROOT });
    assert.equal(pack.status, 0, pack.said);
    const [packed] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
    files = packed.files.map((f) => f.path);
    const install = run('npm', ['install', '-g', '--prefix', prefix, join(work, packed.filename), ...installFlags()], {
      cwd: work,
    });
    assert.equal(install.status, 0, install.said);
    mkdirSync(elsewhere);
    copyFileSync(join(ROOT, 'examples', EXAMPLE), join(elsewhere, EXAMPLE));
    env = {
      ...process.env,
      PATH: `${join(prefix, 'bin')}${delimiter}${process.env.PATH ?? ''}`,
      GIAYMOI_COMPILE_CACHE: 'off',
    };
  });

  after(() => rmSync(work, { recursive: true, force: true }));

  it('packs the command and its bundles, not the sources, tests or source maps', () => {
    for (const needed of ['bin/giaymoi.js', 'dist/boot.js', 'dist/cli.js', 'dist/docx.js', 'dist/xlsx.js'])
      assert.ok(files.includes(needed), `${needed} is in the tarball: ${files.join(', ')}`);
    assert.deepEqual(
      files.filter((f) => /^(src|test|scripts|node_modules)\/|\.map$/.test(f)),
      [],
    );
  });

  it('`giaymoi check` runs by name in another folder', () => {
    const check = run('giaymoi', ['check', EXAMPLE], { cwd: elsewhere, env });
    assert.equal(check.status, 0, check.said);
    assert.match(check.stdout, /^1 tệp: 0 lỗi/m, check.said);
  });

  it('`giaymoi export` there writes the same DOCX as the clone', () => {
    const exported = run('giaymoi', ['export', EXAMPLE, '-o', 'out.docx'], { cwd: elsewhere, env });
    assert.equal(exported.status, 0, exported.said);
    const fromClone = join(work, 'clone.docx');
    const clone = run(process.execPath, [join(ROOT, 'bin/giaymoi.js'), 'export', EXAMPLE, '-o', fromClone], {
      cwd: elsewhere,
      env,
    });
    assert.equal(clone.status, 0, clone.said);
    assert.ok(readFileSync(join(elsewhere, 'out.docx')).equals(readFileSync(fromClone)));
  });

  it('`giaymoi preview` there writes the standalone page (dist/standalone.js is packed)', () => {
    const preview = run('giaymoi', ['preview', EXAMPLE, '-o', 'page.html'], { cwd: elsewhere, env });
    assert.equal(preview.status, 0, preview.said);
    assert.match(readFileSync(join(elsewhere, 'page.html'), 'utf8'), /<html/i);
  });
});
