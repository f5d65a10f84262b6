/**
 * The editor's side of issue 30's guarantee that no later giaymoi command sees
 * a mail merge's set half moved: before a list invitation's list is read for
 * the preview, a merge killed mid-commit in its output folder is completed
 * (one directory listing when there is none). Export does the same itself.
 */
import type * as vscode from 'vscode';
import { recoverMergeSets } from '../export/merge-set';
import { exportWhere } from './export-target';
import type { Platform } from './platform-api';
import type { Settings } from './settings';

/** Completes an interrupted merge in the folder the invitation at `invitation` merges into; never throws. */
export async function recoverMergeFolder(
  invitation: vscode.Uri,
  settings: Settings,
  platform: Pick<Platform, 'exportFiles'>,
): Promise<void> {
  if (invitation.scheme === 'untitled') return;
  try {
    const files = platform.exportFiles(invitation);
    const where = exportWhere(files.pathOf(invitation), settings.export.outputFolder, undefined, files);
    await recoverMergeSets(where.folder, files.fs);
  } catch {
    // A folder that cannot be listed or written is the export's to report, not the preview's.
  }
}
