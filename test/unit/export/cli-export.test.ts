import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { runExport } from '../../../src/cli/export';
import { fakeCli } from '../../support/fake-cli';

const SIPAS = join(__dirname, '../../../examples/hoi-nghi-sipas-2024.giaymoi.yaml');

describe('cli: giaymoi export', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'giaymoi-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes -o OUT.docx, prints its path and leaves the source untouched', async () => {
    const before = readFileSync(SIPAS);
    const { cli, out } = fakeCli({ o: join(dir, 'x.docx') });
    assert.equal(await runExport([SIPAS], cli), 0);
    assert.deepEqual(out, [join(dir, 'x.docx')]);
    assert.ok(unzipSync(readFileSync(join(dir, 'x.docx')))['word/document.xml']);
    assert.deepEqual(readFileSync(SIPAS), before);
  });

  it('applies --margin-left and --body-size', async () => {
    const { cli } = fakeCli({ 'out-dir': dir, 'margin-left': '35', 'body-size': '13' });
    assert.equal(await runExport([SIPAS], cli), 0);
    const xml = new TextDecoder().decode(
      unzipSync(readFileSync(join(dir, 'hoi-nghi-sipas-2024.docx')))['word/document.xml'],
    );
    assert.match(xml, /w:left="1984"/);
    assert.match(xml, /<w:sz w:val="26"\/><w:szCs w:val="26"\/><\/w:rPr><w:t xml:space="preserve">Thực hiện/);
  });

  it('refuses a file with errors with exit 1 and the list of errors, in the chosen language', async () => {
    const broken = join(dir, 'broken.giaymoi.yaml');
    writeFileSync(broken, readFileSync(SIPAS, 'utf8').replace(/^ {2}ho_ten: .*$/m, ''));
    const { cli, err } = fakeCli({ 'out-dir': dir }, 'en');
    assert.equal(await runExport([broken], cli), 1);
    assert.match(err[0], /^Not exporting .*broken\.giaymoi\.yaml: it has 1 error/);
    assert.match(err[1], /broken\.giaymoi\.yaml:\d+:\d+: error GM051/);
    assert.equal(existsSync(join(dir, 'broken.docx')), false);
  });

  it('says so in Vietnamese when the folder cannot be written (exit 2)', async () => {
    const file = join(dir, 'file');
    writeFileSync(file, '');
    const { cli, err } = fakeCli({ 'out-dir': join(file, 'sub') });
    assert.equal(await runExport([SIPAS], cli), 2);
    assert.match(err.join('\n'), /Không ghi được vào .*: thư mục không tồn tại hoặc không phải thư mục/);
  });

  it('rejects -o with several files or with --mail-merge as bad usage', async () => {
    assert.equal(await runExport([SIPAS, SIPAS], fakeCli({ o: join(dir, 'x.docx') }).cli), 2);
    assert.equal(await runExport([SIPAS], fakeCli({ o: join(dir, 'x.docx'), 'mail-merge': 'true' }).cli), 2);
    assert.equal(await runExport([], fakeCli({}).cli), 2);
    const before = readFileSync(SIPAS);
    assert.equal(
      await runExport([SIPAS], fakeCli({ o: SIPAS }).cli),
      2,
      '-o must name a .docx, so the source is never overwritten',
    );
    assert.deepEqual(readFileSync(SIPAS), before);
    const bad = fakeCli({ 'out-dir': dir, 'margin-left': 'abc' });
    assert.equal(await runExport([SIPAS], bad.cli), 2);
    assert.match(bad.err.join('\n'), /--margin-left cần một số/);
  });

  it('refuses a source named *.docx as its own target (-o), and a 0444 target unless --force', async () => {
    const source = join(dir, 'nguon.docx');
    writeFileSync(source, readFileSync(SIPAS));
    const self = fakeCli({ o: source, force: 'true' });
    assert.equal(await runExport([source], self.cli), 2);
    assert.match(self.err.join('\n'), /đó chính là tệp nguồn/);
    assert.deepEqual(readFileSync(source), readFileSync(SIPAS));
    const target = join(dir, 'x.docx');
    writeFileSync(target, 'protected');
    chmodSync(target, 0o444);
    const refused = fakeCli({ o: target });
    assert.equal(await runExport([SIPAS], refused.cli), 2);
    assert.match(refused.err.join('\n'), /tệp chỉ đọc .*--force/);
    assert.equal(readFileSync(target, 'utf8'), 'protected');
    assert.equal(await runExport([SIPAS], fakeCli({ o: target, force: 'true' }).cli), 0);
    assert.ok(unzipSync(readFileSync(target))['word/document.xml']);
    assert.deepEqual(readdirSync(dir).sort(), ['nguon.docx', 'x.docx']);
  });

  it('refuses a FIFO without waiting on it, and a too large file before reading it', async function () {
    const fifo = join(dir, 'pipe.giaymoi.yaml');
    if (spawnSync('mkfifo', [fifo]).status !== 0) {
      if (process.env.CI === 'true') assert.fail('mkfifo is needed under CI');
      this.skip();
    }
    const piped = fakeCli({ 'out-dir': dir });
    assert.equal(await runExport([fifo], piped.cli), 2);
    assert.match(piped.err.join('\n'), /không phải tệp thường/);
    const big = join(dir, 'big.giaymoi.yaml');
    writeFileSync(big, '');
    truncateSync(big, 100 * 1024 * 1024);
    const large = fakeCli({ 'out-dir': dir });
    assert.equal(await runExport([big], large.cli), 2);
    assert.match(large.err.join('\n'), /quá lớn \(104857600 byte/);
  });
});
