/** The web extension's zip codec: the renderer's own fflate (no Node zlib in a web worker); see export/default-zip-codec.ts. */
export { FFLATE_CODEC as defaultZipCodec } from '../render/docx/zip-codec';
