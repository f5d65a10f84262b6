/**
 * The door to the mail merge: the list as a table and the copies' file names.
 * The merge's check itself runs behind core/check; only its result's types
 * pass here, so that the list readers' bundles (dist/xlsx.js) stay free of
 * the parser and the rules.
 */
export * from './table';
export * from './file-names';
export type { MergeResult } from './check-merge';
