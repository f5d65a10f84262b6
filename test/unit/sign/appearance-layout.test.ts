/**
 * Where the images of a digital signature are drawn, by coordinates, against
 * NĐ 30/2020, Phụ lục I, Phần I, Mục II: the signer's image centred in the
 * field (the space between title and name, k.7-d), the seal over about one
 * third of it, on its left (k.8-a), everything inside the field.
 */
import * as assert from 'node:assert/strict';
import { placeImages, type Box, type Size } from '../../../src/sign/appearance-layout';

const FIELD: Size = { width: 210, height: 90 };
const near = (a: number, b: number, what: string) => assert.ok(Math.abs(a - b) < 0.01, `${what}: ${a} ≠ ${b}`);
const inside = (box: Box, field: Size) =>
  box.x >= -0.01 &&
  box.y >= -0.01 &&
  box.x + box.width <= field.width + 0.01 &&
  box.y + box.height <= field.height + 0.01;

describe('sign: where the signature images go in the field (PL I-P.I-M.II k.7-d, k.8-a)', () => {
  it('centres the signer image in the field, as large as fits, keeping its proportions', () => {
    const { signature } = placeImages(FIELD, { width: 600, height: 200 });
    assert.ok(signature);
    near(signature.x + signature.width / 2, FIELD.width / 2, 'horizontal centre');
    near(signature.y + signature.height / 2, FIELD.height / 2, 'vertical centre');
    near(signature.width / signature.height, 3, 'proportions');
    near(signature.width, FIELD.width, 'fills the width');
  });

  for (const [name, image, seal] of [
    ['a wide signature, a large seal', { width: 600, height: 200 }, { width: 400, height: 400 }],
    ['a tall signature, a small seal', { width: 100, height: 160 }, { width: 30, height: 30 }],
    ['a seal wider than tall', { width: 300, height: 120 }, { width: 200, height: 120 }],
  ] as const)
    it(`puts the seal over the left third of the signer image: ${name}`, () => {
      const placed = placeImages(FIELD, image, seal);
      assert.ok(placed.signature && placed.seal);
      const s = placed.signature;
      const d = placed.seal;
      near(s.x + s.width / 2, FIELD.width / 2, 'signature still centred');
      near(d.x + d.width, s.x + s.width / 3, "the seal's right edge at one third of the signature");
      assert.ok(d.x < s.x, 'the seal starts left of the signature');
      near(d.y + d.height / 2, s.y + s.height / 2, 'seal centred on the signature vertically');
      assert.ok(inside(s, FIELD) && inside(d, FIELD), 'both inside the field');
      near(d.width / d.height, seal.width / seal.height, "the seal's proportions");
    });

  it('keeps the seal at its real size when it fits (never enlarged)', () => {
    const { seal } = placeImages(FIELD, { width: 600, height: 200 }, { width: 30, height: 30 });
    assert.ok(seal);
    near(seal.width, 30, 'real width');
  });

  it('centres a seal given alone', () => {
    const { seal, signature } = placeImages(FIELD, undefined, { width: 60, height: 60 });
    assert.equal(signature, undefined);
    assert.deepEqual(seal, { x: 75, y: 15, width: 60, height: 60 });
  });
});
