/** The door to authoring: what an editor offers while one writes (completion, hover, hints, fixes, outline, status, snippets). */
export * from './common-values';
export * from './completion';
export * from './hints';
export * from './hover';
export * from './new-invitation';
export * from './outline';
export * from './quick-fixes';
export * from './snippets';
export * from './status';
export * from './texts';
