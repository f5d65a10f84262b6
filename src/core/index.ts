/**
 * The pure core's whole public surface, every door at once: runs under Node
 * and in a browser, never imports 'vscode' (dist/core.browser.js is built from
 * here to prove it). Other layers import the named door they need
 * (core/check, core/layout, core/merge, core/authoring, core/calendar,
 * core/messages, core/model, core/text) so that a bundle carries only what it
 * uses; test/unit/guards/layers.test.ts forbids reaching past a door.
 * Inside, the sub-folders import only downwards, in this order (the same
 * test holds it): model < messages < calendar < text < source < schema <
 * codes < parse < layout < rules < config < merge < check < authoring.
 */
export * from './model';
export * from './messages';
export * from './calendar';
export * from './text';
export * from './check';
export * from './layout';
export * from './merge';
export * from './authoring';
export * from './schema/schema-info';
export * from './source/source-map';
export { RULES } from './rules';
export { allBlocks, layoutLines } from './layout/text';
