/** The images' placement is shared with the PDF renderer: it lives in the core (core/layout/signature-images.ts). */
export { fit, MAX_SEAL_PT, placeImages, SEAL_OVERLAP, type Box, type Placement, type Size } from '../core/layout';
