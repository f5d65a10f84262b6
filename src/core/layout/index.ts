/**
 * The door to the layout: the invitation laid out as blocks and lines, the
 * page's measures and geometry that both renderers read, and the header's and
 * text width's helpers the renderers share; where a signature's images go.
 */
export * from './invitation';
export * from './model';
export * from './measures';
export * from './geometry';
export * from './derive';
export * from './header-lines';
export * from './keep';
export * from './text-width';
export * from './title-lines';
export * from './signature-images';
export * from './png-size';
export * from './signature-space';
export { romanNumeral } from './numbering';
