/**
 * The images' PNG check (PL I-P.I-M.II k.7-d, k.8-a: PNG with a transparent
 * background): its size in points (real size from pHYs), whether it is
 * transparent, and one line for anything that is not a PNG.
 */
import * as assert from 'node:assert/strict';
import { say } from '../../../src/core/messages';
import { readPng } from '../../../src/sign/png';
import { SignError } from '../../../src/sign/sign-error';
import { makePng } from './fixtures';

const WHICH = say('sign.image.seal');

/** The same PNG with colour type 2 (RGB, no alpha) written in its header: enough for the reader, which reads no pixels. */
function opaque(png: Uint8Array): Uint8Array {
  const copy = Uint8Array.from(png);
  copy[25] = 2;
  return copy;
}

describe('sign: the PNG images', () => {
  it('reads the real size from pHYs (472 px at 300 dpi = 40 mm = 113.3 pt)', () => {
    const { size } = readPng(makePng(472, 472, 300), WHICH);
    assert.ok(Math.abs(size.width - 113.28) < 0.05, String(size.width));
  });

  it('takes a pixel as a point without pHYs, for the signer’s image', () => {
    assert.deepEqual(readPng(makePng(30, 10), WHICH).size, { width: 30, height: 10 });
  });

  it('sizes a seal without pHYs 36 mm wide (102.05 pt), as the PDF renderer draws nguoi_ky.chu_ky_so.dau', () => {
    const { size } = readPng(makePng(200, 100), WHICH, 'seal');
    assert.ok(Math.abs(size.width - 102.05) < 0.01, String(size.width));
    assert.ok(Math.abs(size.height - 51.02) < 0.01, String(size.height));
  });

  it('knows an alpha channel from an opaque image', () => {
    assert.equal(readPng(makePng(4, 4), WHICH).transparent, true);
    assert.equal(readPng(opaque(makePng(4, 4)), WHICH).transparent, false);
  });

  for (const [name, bytes] of [
    ['a JPEG', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new Array(40).fill(0)])],
    ['a text file', new TextEncoder().encode('this is not an image, only some words here')],
    ['a truncated PNG', makePng(4, 4).subarray(0, 20)],
  ] as const)
    it(`refuses ${name} in one line naming the image`, () => {
      assert.throws(
        () => readPng(bytes, WHICH),
        (e: unknown) =>
          e instanceof SignError &&
          e.reason.vi.startsWith('ảnh con dấu (--dau) không phải ảnh PNG') &&
          !e.reason.en.includes('\n'),
      );
    });

  it('reads a PNG cut inside a chunk without a crash', () => {
    const png = makePng(4, 4, 300);
    assert.equal(readPng(png.subarray(0, 50), WHICH).size.width, 4, 'pHYs cut short: a pixel a point');
    for (let end = 33; end < 60; end += 1) readPng(png.subarray(0, end), WHICH);
  });
});
