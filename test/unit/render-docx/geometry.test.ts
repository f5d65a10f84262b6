import * as assert from 'node:assert/strict';
import { resolveMeasures } from '../../../src/core/layout/measures';
import { pageCss } from '../../../src/render/html';
import { exampleText, layoutOf, render } from './docx-xml';

const SIPAS = exampleText('hoi-nghi-sipas-2024');
const attr = (xml: string, element: string, name: string) =>
  Number(new RegExp(`<w:${element}\\b[^>]*\\bw:${name}="([^"]*)"`).exec(xml)?.[1]);
/** Millimetres to twips, as the test's own arithmetic (1 in = 25.4 mm = 1440 twips). */
const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

describe('one geometry: the preview and the DOCX place the page number and the footer alike', () => {
  for (const margins of [{}, { top: 25, bottom: 22, left: 35, right: 20 }]) {
    it(`margins ${JSON.stringify(margins)}: the DOCX footer distance is the preview's contact bottom, the header distance centres a 13 pt line`, async () => {
      const m = resolveMeasures({ margins });
      const contactBottomMm = Number(/\.gm-contact\{[^}]*bottom:([\d.]+)mm/.exec(pageCss(m))?.[1]);
      const { document } = await render([layoutOf(SIPAS)], { margins });
      // The margin less one single-spaced 13 pt line (13 × 1.15 pt), halved: NĐ 30/2020, PL I-P.I-M.I-k.7.
      const lineMm = (13 * 1.15 * 25.4) / 72;
      assert.ok(
        Math.abs(contactBottomMm - (m.margins.bottom - lineMm) / 2) < 0.001,
        `contact bottom ${contactBottomMm} mm`,
      );
      assert.equal(attr(document, 'pgMar', 'footer'), twips(contactBottomMm));
      assert.equal(attr(document, 'pgMar', 'header'), twips((m.margins.top - lineMm) / 2));
    });
  }
});
