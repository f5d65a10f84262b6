/** The door to the core's model: problems, ranges, the localized pair, the code names; and English counts. */
export * from './problem';
export * from './plural';
export * from './bytes';
