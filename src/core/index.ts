/** The pure core's public surface: runs under Node and in a browser, never imports 'vscode'. */
export * from './check/check';
export * from './calendar/dates';
export * from './layout/measures';
export * from './parse/parse';
export * from './model/problem';
export * from './schema/schema';
export * from './schema/schema-info';
export * from './source/source-map';
export * from './layout/model';
export { RULES } from './rules';
export { PARSE_CODES, RULE_CODES } from './rules/catalog';
export { DEFAULT_CHECK_OPTIONS, type CheckOptions } from './rules/rule';
export { layoutInvitation, type LayoutOptions } from './layout';
export { allBlocks, layoutLines } from './layout/text';
export { isWorkingDay, workingDaysBetween } from './calendar';
