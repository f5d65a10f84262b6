/**
 * pdf-lib embeds a TrueType font through a fontkit it is given, written for
 * its own fork (@pdf-lib/fontkit), which differs from fontkit 2 (installed with
 * pdfkit) in one call: a subset is serialised with `encodeStream()` emitting
 * data, where fontkit 2 has `encode()` returning the bytes. This adapter adds
 * that call, so the appearance's font is embedded as a subset without a second
 * font library.
 */
import * as fontkit from 'fontkit';
import type { PDFDocument } from 'pdf-lib';

interface Subset {
  encode(): Uint8Array;
  encodeStream?: () => Emitter;
}
type Listener = (value?: unknown) => void;
interface Emitter {
  on(event: string, listener: Listener): Emitter;
}

/** The object pdf-lib's `registerFontkit` expects. */
export const pdfLibFontkit = {
  create(bytes: Uint8Array): unknown {
    const font = fontkit.create(bytes as Buffer) as { createSubset(): Subset };
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => withEncodeStream(createSubset());
    return font;
  },
} as unknown as Parameters<PDFDocument['registerFontkit']>[0];

function withEncodeStream(subset: Subset): Subset {
  subset.encodeStream = () => {
    const listeners: Record<string, Listener> = {};
    queueMicrotask(() => {
      try {
        listeners.data?.(subset.encode());
        listeners.end?.();
      } catch (error) {
        listeners.error?.(error);
      }
    });
    const emitter: Emitter = {
      on: (event, listener) => {
        listeners[event] = listener;
        return emitter;
      },
    };
    return emitter;
  };
  return subset;
}
