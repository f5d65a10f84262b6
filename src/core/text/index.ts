/** The door to the text helpers others use: invisible characters, legacy encodings, memoized text, punctuation. */
export * from './invisible';
export * from './legacy-encoding';
export * from './memo';
export * from './punctuation';
