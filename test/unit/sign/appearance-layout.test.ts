/**
 * Where the images of a digital signature are drawn, by coordinates, against
 * NĐ 30/2020, Phụ lục I, Phần I, Mục II: the signer's image centred in the
 * field (the space between title and name, k.7-d), the seal at its real size
 * over about one third of it, on its left (k.8-a), the appearance covering both.
 */
import * as assert from 'node:assert/strict';
import { MAX_SEAL_PT, placeImages, type Box, type Size } from '../../../src/core/layout';

/** The renderer's field: 40 mm wide, the room between the title and the name high. */
const FIELD: Size = { width: 113.39, height: 42 };
const near = (a: number, b: number, what: string) => assert.ok(Math.abs(a - b) < 0.01, `${what}: ${a} ≠ ${b}`);
const contains = (outer: Box, inner: Box) =>
  inner.x >= outer.x - 0.01 &&
  inner.y >= outer.y - 0.01 &&
  inner.x + inner.width <= outer.x + outer.width + 0.01 &&
  inner.y + inner.height <= outer.y + outer.height + 0.01;

describe('sign: where the signature images go (PL I-P.I-M.II k.7-d, k.8-a)', () => {
  it('centres the signer image in the field, as large as fits, keeping its proportions', () => {
    const { signature, bounds } = placeImages(FIELD, { width: 600, height: 200 });
    assert.ok(signature);
    near(signature.x + signature.width / 2, FIELD.width / 2, 'horizontal centre');
    near(signature.y + signature.height / 2, FIELD.height / 2, 'vertical centre');
    near(signature.width / signature.height, 3, 'proportions');
    assert.deepEqual(bounds, { x: 0, y: 0, ...FIELD }, 'no seal: the appearance is the field');
  });

  for (const [name, image, seal] of [
    [
      'a real 40 mm seal (113.4 pt), larger than the field',
      { width: 600, height: 200 },
      { width: 113.39, height: 113.39 },
    ],
    ['a tall signature, a small seal', { width: 100, height: 160 }, { width: 30, height: 30 }],
    ['an oval seal wider than tall', { width: 300, height: 120 }, { width: 100, height: 70 }],
  ] as const)
    it(`puts the seal over the left third of the signer image, at its real size: ${name}`, () => {
      const placed = placeImages(FIELD, image, seal);
      assert.ok(placed.signature && placed.seal);
      const s = placed.signature;
      const d = placed.seal;
      near(s.x + s.width / 2, FIELD.width / 2, 'signature centred in the field');
      near(d.x + d.width, s.x + s.width / 3, "the seal's right edge at one third of the signature");
      assert.ok(d.x < s.x, 'the seal starts left of the signature');
      near(d.y + d.height / 2, s.y + s.height / 2, 'seal centred on the signature vertically');
      near(d.width, seal.width, 'real width');
      near(d.height, seal.height, 'real height');
      assert.ok(
        contains(placed.bounds, d) && contains(placed.bounds, { x: 0, y: 0, ...FIELD }),
        'the appearance covers both',
      );
    });

  it('scales a seal with no recorded resolution down to 45 mm', () => {
    const { seal } = placeImages(FIELD, { width: 600, height: 200 }, { width: 800, height: 800 });
    assert.ok(seal);
    near(seal.width, MAX_SEAL_PT, 'at most 45 mm');
  });

  it('keeps the seal on the page: no further left than the room beside the field', () => {
    const { signature, seal, bounds } = placeImages(
      FIELD,
      { width: 600, height: 200 },
      { width: 113.39, height: 113.39 },
      20,
    );
    assert.ok(signature && seal);
    near(seal.x, -20, 'its left edge at the page edge');
    near(seal.x + seal.width, signature.x + signature.width / 3, 'still over the left third');
    near(bounds.x, -20, 'the appearance starts there too');
  });

  it('centres a seal given alone, inside the field', () => {
    const { seal, signature } = placeImages(FIELD, undefined, { width: 30, height: 30 });
    assert.equal(signature, undefined);
    assert.ok(seal);
    near(seal.x, (FIELD.width - 30) / 2, 'centred');
  });
});
