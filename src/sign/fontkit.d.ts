/** fontkit 2 ships no types; pdf-lib's adapter (fontkit-adapter.ts) uses only `create`. */
declare module 'fontkit' {
  export function create(buffer: Buffer): unknown;
}
