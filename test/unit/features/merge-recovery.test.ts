/**
 * Issue 30: a mail merge killed mid-commit is completed before the editor shows
 * a list invitation's list, as the CLI's commands and the export do, so the
 * preview never reads a folder holding half of one set and half of another.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setPrefix, writeMergeSet } from '../../../src/export/merge-set';
import type { ExportFileSystem } from '../../../src/export/file-system';
import { nodeFileSystem } from '../../../src/export/node-file-system';
import type { PlannedFile } from '../../../src/export/plan-export';
import { fakeWorld, installFakeVscode, Uri } from './fake-vscode';

const encode = (text: string) => new TextEncoder().encode(text);
const set = (names: string[], tag: string): PlannedFile[] =>
  names.map((fileName) => ({ fileName, render: async () => encode(`${tag}:${fileName}`) }));
const visible = (dir: string) =>
  readdirSync(dir)
    .filter((n) => n.endsWith('.docx'))
    .sort();

describe('features: an interrupted mail merge completed before the list is shown', () => {
  let dir: string;
  let uninstall: () => void = () => undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'giaymoi-merge-recovery-'));
    const world = fakeWorld();
    uninstall = installFakeVscode(() => world);
  });
  afterEach(() => {
    uninstall();
    rmSync(dir, { recursive: true, force: true });
  });

  it("rolls the committed set forward in the invitation's output folder, then reads the list", async () => {
    const source = join(dir, 'hop.giaymoi.yaml');
    writeFileSync(source, 'kinh_moi: { danh_sach: khach.csv }\n');
    const prefix = setPrefix(source);
    await writeMergeSet(set(['a.docx', 'b.docx'], 'old'), dir, prefix, { fs: nodeFileSystem });
    let renames = 0;
    const crashing: ExportFileSystem = {
      ...nodeFileSystem,
      rename: async (from, to) => {
        if (!from.endsWith('.tmp') && ++renames > 1) throw new Error('killed');
        return nodeFileSystem.rename(from, to);
      },
    };
    await assert.rejects(writeMergeSet(set(['a.docx', 'c.docx'], 'new'), dir, prefix, { fs: crashing }));
    assert.ok(
      readdirSync(dir).some((n) => n.endsWith('.swap.json')),
      'the set is committed but not moved',
    );

    const { readInvitationList } =
      require('../../../src/features/list-access') as typeof import('../../../src/features/list-access');
    const { recoverMergeFolder } =
      require('../../../src/features/merge-recovery') as typeof import('../../../src/features/merge-recovery');
    const settings = {
      language: 'en',
      lists: { allowOutsideWorkspace: false },
      export: { outputFolder: '${fileDirname}' },
    } as never;
    const platform = {
      exportFiles: () => ({ fs: nodeFileSystem, pathOf: (u: Uri) => u.path, uriOf: (p: string) => Uri.file(p) }),
    } as never;
    const invitation = Uri.file(source) as never;
    let recoveredBeforeRead = false;
    const recover = async (uri: Parameters<typeof recoverMergeFolder>[0]) => {
      await recoverMergeFolder(uri, settings, platform);
      recoveredBeforeRead = visible(dir).join() === 'a.docx,c.docx';
    };
    await readInvitationList(invitation, 'khach.csv', Uri.file(join(dir, 'khach.csv')) as never, {
      settings: () => settings,
      readsAllowed: () => true,
      recover,
    });
    assert.equal(recoveredBeforeRead, true);
    for (const n of visible(dir)) assert.equal(readFileSync(join(dir, n), 'utf8'), `new:${n}`);
    assert.ok(!readdirSync(dir).some((n) => n.endsWith('.swap.json')));
  });
});
