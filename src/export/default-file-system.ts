/**
 * The file system the writers use when the caller names none: Node's. The web
 * build replaces this module with features/workspace-file-system.web.ts (as a
 * package.json "browser" field would; see scripts/web-bundle.mjs), so the
 * writers stay free of `node:fs` there.
 */
export { nodeFileSystem as defaultFileSystem } from './node-file-system';
