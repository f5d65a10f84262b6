/** The pure core's public surface: runs under Node and in a browser, never imports 'vscode'. */
export * from './check';
export * from './dates';
export * from './measures';
export * from './parse';
export * from './problem';
export * from './schema';
export * from './schema-info';
export * from './source';
export * from './layout/model';
export { RULES } from './rules';
export { PARSE_CODES, RULE_CODES } from './rules/catalog';
export { DEFAULT_CHECK_OPTIONS, type CheckOptions } from './rules/rule';
export { layoutInvitation, type LayoutOptions } from './layout';
export { allBlocks, layoutLines } from './layout/text';
export { isWorkingDay, workingDaysBetween } from './calendar';
