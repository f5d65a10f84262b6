/**
 * One system-font lookup (src/export/pdf-fonts.ts) for the PDF renderer and the
 * signer: the signer reads no font file itself (the shell passes the font in),
 * and its regular face is the renderer's.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPdfFontFiles, nodePdfFonts, nodeRegularFont } from '../../../src/export/pdf-fonts';

const ROOT = join(__dirname, '../../..');
const MEDIA = [join(ROOT, 'media')];

describe('sign: one system-font lookup shared with the PDF renderer', () => {
  it("the signer's font is the renderer's regular face", () => {
    assert.ok(Buffer.from(nodeRegularFont(MEDIA)).equals(Buffer.from(nodePdfFonts(MEDIA).faces.regular)));
    assert.match(findPdfFontFiles(MEDIA).family, /^(Times New Roman|Liberation Serif)$/);
  });

  it('src/sign names no font file and no font folder of its own', () => {
    const dir = join(ROOT, 'src/sign');
    for (const name of readdirSync(dir)) {
      const text = readFileSync(join(dir, name), 'utf8');
      assert.doesNotMatch(text, /\.ttf\b|\/usr\/share\/fonts|Windows\\\\Fonts/i, name);
    }
  });
});
