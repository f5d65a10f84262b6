import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseFromWebview, parsePreviewState, type FromWebview } from '../../../src/protocol';

type Field = 'version' | 'pages' | 'line' | 'character' | 'index';

/**
 * Every message the webview may send, with its fields: keyed by the protocol's
 * own union, so a sixth message type does not compile until it is listed here.
 */
const FIELDS: { readonly [T in FromWebview.Message['type']]: readonly Field[] } = {
  ready: [],
  rendered: ['version', 'pages'],
  revealLine: ['version', 'line'],
  openSource: ['line', 'character'],
  pickInvitee: ['index'],
};
const TYPES = Object.keys(FIELDS) as FromWebview.Message['type'][];

describe('protocol: messages from the webview are untrusted', () => {
  it('accepts each well-formed message, rebuilt with only its own fields', () => {
    assert.deepEqual(parseFromWebview({ type: 'ready', extra: 'x' }), { type: 'ready' });
    assert.deepEqual(parseFromWebview({ type: 'rendered', version: 3, pages: 2 }), {
      type: 'rendered',
      version: 3,
      pages: 2,
    });
    assert.deepEqual(parseFromWebview({ type: 'revealLine', version: 3, line: 12.5 }), {
      type: 'revealLine',
      version: 3,
      line: 12.5,
    });
    assert.deepEqual(parseFromWebview({ type: 'revealLine', version: 3, line: 'end' }), {
      type: 'revealLine',
      version: 3,
      line: 'end',
    });
    assert.deepEqual(parseFromWebview({ type: 'openSource', line: 4, character: 2, command: 'rm -rf' }), {
      type: 'openSource',
      line: 4,
      character: 2,
    });
    assert.deepEqual(parseFromWebview({ type: 'pickInvitee', index: 7, row: 'x' }), { type: 'pickInvitee', index: 7 });
  });

  it('rejects junk: wrong types, unknown types, negatives, fractions, NaN, huge numbers, arrays, prototypes', () => {
    const junk: unknown[] = [
      null,
      undefined,
      42,
      'ready',
      [],
      ['ready'],
      { type: 'READY' },
      { type: 'eval', code: 'x' },
      { type: 'rendered', version: -1, pages: 1 },
      { type: 'rendered', version: 1, pages: 0 },
      { type: 'rendered', version: 1.5, pages: 1 },
      { type: 'revealLine', version: 1, line: Number.NaN },
      { type: 'revealLine', version: 1, line: Infinity },
      { type: 'revealLine', version: 1, line: -3 },
      { type: 'revealLine', version: 1, line: 'start' },
      { type: 'revealLine', version: '1', line: 2 },
      { type: 'openSource', line: 1e12, character: 0 },
      { type: 'openSource', line: 1, character: 0.5 },
      { type: 'openSource', line: '1', character: 0 },
      Object.create({ type: 'ready' }),
      { type: { toString: () => 'ready' } },
      { type: 'pickInvitee', index: -1 },
      { type: 'pickInvitee', index: 0.5 },
      { type: 'pickInvitee', index: '2' },
      { type: 'pickInvitee' },
    ];
    for (const value of junk) assert.equal(parseFromWebview(value), undefined, JSON.stringify(value) ?? String(value));
  });

  it('never throws and returns only a known type with its own fields, copied from what arrived (property)', () => {
    const field = fc.oneof(fc.nat({ max: 20_000_000 }), fc.double(), fc.anything());
    const record = fc.record(
      {
        type: fc.constantFrom(...TYPES, 'x'),
        version: field,
        pages: field,
        line: field,
        character: field,
        index: field,
      },
      { requiredKeys: ['type'] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), record), (value) => {
        const parsed = parseFromWebview(value) as Record<string, unknown> | undefined;
        if (!parsed) return;
        const type = parsed.type as FromWebview.Message['type'];
        assert.deepEqual(Object.keys(parsed).sort(), ['type', ...FIELDS[type]].sort());
        for (const name of FIELDS[type]) assert.equal(parsed[name], (value as Record<string, unknown>)[name]);
      }),
    );
  });

  it('accepts every type of message whose fields are in range, whatever else it carries (property)', () => {
    const count = fc.nat({ max: 10_000_000 });
    const message = fc.record({
      type: fc.constantFrom(...TYPES),
      version: count,
      pages: fc.integer({ min: 1, max: 10_000_000 }),
      line: count,
      character: count,
      index: count,
    });
    fc.assert(
      fc.property(message, (value) => {
        const expected = Object.fromEntries([
          ['type', value.type],
          ...FIELDS[value.type].map((name) => [name, value[name]]),
        ]);
        assert.deepEqual(parseFromWebview(value), expected);
      }),
    );
  });

  it('validates the saved state the serializer revives', () => {
    assert.deepEqual(
      parsePreviewState({ uri: 'file:///a/b.giaymoi.yaml', locked: true, zoom: 'fit-page', scrollY: 10 }),
      { uri: 'file:///a/b.giaymoi.yaml', locked: true, zoom: 'fit-page', scrollY: 10 },
    );
    assert.deepEqual(parsePreviewState({ uri: 'file:///a.giaymoi.yaml', locked: 'yes', zoom: 'huge' }), {
      uri: 'file:///a.giaymoi.yaml',
      locked: false,
    });
    for (const bad of [undefined, null, {}, { uri: 3 }, { uri: 'no scheme' }, { uri: 'x:'.padEnd(5000, 'a') }])
      assert.equal(parsePreviewState(bad), undefined);
  });

  it('restores only giaymoi files: not /etc/passwd, not another scheme, not a dot-dot path', () => {
    for (const uri of [
      'file:///etc/passwd',
      'file:///home/a/notes.yaml',
      'https://example.com/a.giaymoi.yaml',
      'command:workbench.action.x?a.giaymoi.yaml',
      'file:///ws/../etc/x.giaymoi.yaml',
      'file:///ws/%2E%2E/x.giaymoi.yaml',
      'file:///a.giaymoi.yaml?x',
      'file:///a.giaymoi.yaml#x',
      'file:///a.giaymoi.yaml.exe',
    ]) {
      assert.equal(parsePreviewState({ uri, locked: false }), undefined, uri);
    }
    for (const uri of [
      'file:///home/a/H%E1%BB%8Dp.giaymoi.yml',
      'vscode-remote://ssh-remote%2Bx/ws/a.GIAYMOI.YAML',
      'untitled:Untitled-1.giaymoi.yaml',
    ]) {
      assert.equal(parsePreviewState({ uri, locked: true })?.uri, uri, uri);
    }
  });
});
