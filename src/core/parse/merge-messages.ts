/** Bilingual texts of the mail-merge problems (GM045–GM049). */
import type { Localized } from '../model/problem';
import { say, localeNumber } from '../messages';

export const MERGE_MESSAGES = {
  listNameMissing: () => say('merge.listNameMissing'),
  lineMissing: () => say('merge.lineMissing'),
  unknownListKey: (key: string) => say('merge.unknownListKey', { key }),
  unknownColumn: (name: string, list: string, columns: string) => say('merge.unknownColumn', { list, name, columns }),
  renameColumn: (name: string) => say('merge.renameColumn', { name }),
  emptyCell: (name: string, rows: Localized) => say('merge.emptyCell', { name, rows }),
  emptyCellHere: (name: string) => say('merge.emptyCellHere', { name }),
  duplicateRows: (rows: string) => say('merge.duplicateRows', { rows }),
  duplicateHere: (first: number) => say('merge.duplicateHere', { first }),
  duplicateColumn: (list: string, name: string, first: string, second: string) =>
    say('merge.duplicateColumn', { list, name, first, second }),
  duplicateColumnHere: (first: string) => say('merge.duplicateColumnHere', { first }),
  tooManyRows: (name: string, rows: number, max: number) =>
    say('merge.tooManyRows', { name, rows: localeNumber(rows), max: localeNumber(max) }),
  listMissing: (name: string) => say('merge.listMissing', { name }),
  listUnreadable: (name: string, detail: string) => say('merge.listUnreadable', { name, detail }),
  listFormat: (name: string) => say('merge.listFormat', { name }),
  listEmpty: (name: string) => say('merge.listEmpty', { name }),
  listLegacy: (name: string, encoding: string) => say('merge.listLegacy', { name, encoding }),
  rowProblem: (rows: Localized, text: Localized) => say('merge.rowProblem', { rows, text }),
  rowsLabel: (ordinals: readonly number[]) => {
    const shown = ordinals.slice(0, 5).join(', ') + (ordinals.length > 5 ? ', …' : '');
    return say(ordinals.length > 1 ? 'merge.rowsLabel.many' : 'merge.rowsLabel.one', { shown });
  },
  rowHere: (text: Localized) => say('merge.rowHere', { text }),
  flowMapping: () => say('merge.flowMapping'),
};
