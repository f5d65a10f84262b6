import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { completionsAt } from '../../../src/core/authoring/completion';
import { hoverAt } from '../../../src/core/authoring/hover';
import { outlineOf } from '../../../src/core/authoring/outline';
import { parseInvitation } from '../../../src/core/parse/parse';

const SEED = readFileSync('examples/hoi-nghi-sipas-2024.giaymoi.yaml', 'utf8');

/** Text like an invitation being typed: pieces of the seed cut, repeated and mixed with YAML punctuation. */
const halfTyped = fc
  .tuple(
    fc.nat(SEED.length),
    fc.nat(SEED.length),
    fc.array(fc.constantFrom('\n', '  ', '- ', ': ', '{', '}', '[', '"', '#', 'muc:', 'x'), { maxLength: 6 }),
  )
  .map(([a, b, noise]) => SEED.slice(0, Math.min(a, b)) + noise.join('') + SEED.slice(Math.max(a, b)));

describe('authoring never throws, whatever is typed', () => {
  it('completion and hover at every kind of position of half-typed text', () => {
    fc.assert(
      fc.property(halfTyped, fc.nat(80), fc.nat(120), (text, line, character) => {
        const lines = text.split('\n');
        const position = { line: line % lines.length, character: character % (lines[line % lines.length].length + 1) };
        const entries = completionsAt(text, position, { language: 'vi', today: { year: 2026, month: 1, day: 5 } });
        for (const e of entries) assert.equal(e.range.start.line, position.line);
        hoverAt(text, position, 'en');
      }),
      { numRuns: 300 },
    );
  });

  it('outline of half-typed text', () => {
    fc.assert(
      fc.property(halfTyped, (text) => {
        for (const symbol of outlineOf(parseInvitation(text).source, 'vi')) assert.ok(symbol.name.length > 0);
      }),
      { numRuns: 150 },
    );
  });
});
