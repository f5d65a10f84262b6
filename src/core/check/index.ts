/**
 * The door to checking an invitation: reading it (parse, schema), the rules
 * and their catalog and reference, the rules' configuration file; the folders
 * behind it (parse, schema, source, codes, rules, config) have no door of
 * their own.
 */
export * from './check';
export * from '../parse/parse';
export * from '../schema/schema';
export * from '../rules/rule';
export * from '../rules/catalog';
export * from '../rules/reference';
export * from '../config/rule-config';
export * from '../config/locate';
export * from '../config/merge';
export * from '../codes/config';
