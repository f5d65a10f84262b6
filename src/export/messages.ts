/** What export says to the user, in Vietnamese and English (the shell picks by `giaymoi.language`). */
import { dirname } from 'node:path';
import { countEn, type Localized } from '../core/model';
import type { WriteFailure } from './atomic-write';
import { localeNumber, say } from '../core/messages';

export const EXPORT_MESSAGES = {
  refusedErrors: (file: string, count: number): Localized =>
    say('export.refusedErrors', { file, count, counted: countEn(count, 'error') }),
  refusedConfig: (file: string): Localized => say('export.refusedConfig', { file }),
  refusedWarnings: (file: string, count: number): Localized =>
    say('export.refusedWarnings', { file, count, counted: countEn(count, 'warning') }),
  wroteInstead: (path: string, wanted: string): Localized => say('export.wroteInstead', { wanted, path }),
  /** Why a write failed, one plain sentence per cause (see WriteFailure). */
  writeFailed: (failure: WriteFailure, path: string, code: string | undefined): Localized => {
    const folder = dirname(path);
    const c = code ? ` (${code})` : '';
    const other = say('export.writeFailed.chooseOtherFolder');
    switch (failure) {
      case 'noSpace':
        return say('export.writeFailed.noSpace', { path, c });
      case 'nameTooLong':
        return say('export.writeFailed.nameTooLong', { path, c });
      case 'permission':
        return say('export.writeFailed.permission', { folder, c, other });
      case 'readOnlyFileSystem':
        return say('export.writeFailed.readOnlyFileSystem', { folder, c, other });
      case 'busy':
        return say('export.writeFailed.busy', { path, c });
      case 'isDirectory':
        return say('export.writeFailed.isDirectory', { path });
      case 'readOnlyTarget':
        return say('export.writeFailed.readOnlyTarget', { path });
      case 'isSource':
        return say('export.writeFailed.isSource', { path });
      case 'notFolder':
        return say('export.writeFailed.notFolder', { folder, c, other });
      default:
        return say('export.writeFailed.other', { path, c, other });
    }
  },
  overwriteReadOnly: (path: string): Localized => say('export.overwriteReadOnly', { path }),
  progress: (done: number, total: number): Localized => say('export.progress', { done, total }),
  mergeCancelled: (): Localized => say('export.mergeCancelled'),
  mergeRecordIgnored: (path: string): Localized => say('export.mergeRecordIgnored', { path }),
  mergeLeftUntouched: (path: string): Localized => say('export.mergeLeftUntouched', { path }),
  mergeKeptOthers: (path: string, wanted: string): Localized => say('export.mergeKeptOthers', { wanted, path }),
  mergeBusy: (folder: string, pid?: number, since?: string): Localized => {
    const who = pid === undefined ? '' : say('export.mergeBusy.process', { pid, since: String(since) });
    return say('export.mergeBusy', { folder, who });
  },
  written: (count: number): Localized =>
    count === 1 ? say('export.written.one') : say('export.written.many', { count }),
  singleInvitee: (): Localized => say('export.singleInvitee'),
  saveFirst: (): Localized => say('export.saveFirst'),
  unknownPatternFields: (fields: string): Localized => say('export.unknownPatternFields', { fields }),
  /** A list over the row limit; `allowMore` says how to raise it (--max-rows, or the setting). */
  mergeTooManyRows: (name: string, rows: number, max: number, allowMore: Localized): Localized =>
    say('export.mergeTooManyRows', { name, rows: localeNumber(rows), max: localeNumber(max), allowMore }),
  /** How to raise the row limit on the CLI, and in the editor. */
  maxRowsOption: (rows: number): Localized => say('export.maxRowsOption', { rows }),
  maxRowsSetting: (rows: number): Localized => say('export.maxRowsSetting', { rows }),
  /** What a big merge will do, from its first copies; `stop` says how to stop it (Ctrl+C, or Cancel). */
  mergeEstimate: (files: number, megabytes: number, seconds: number, stop: Localized): Localized =>
    say('export.mergeEstimate', {
      files: localeNumber(files),
      megabytes: localeNumber(megabytes),
      duration:
        seconds < 120
          ? say('export.seconds', { seconds })
          : say('export.minutes', { minutes: Math.round(seconds / 60) }),
      stop,
    }),
  stopWithCtrlC: (): Localized => say('export.stopWithCtrlC'),
  stopWithCancel: (): Localized => say('export.stopWithCancel'),
} as const;
