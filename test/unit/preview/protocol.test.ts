import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseFromWebview, parsePreviewState } from '../../../src/protocol';

describe('protocol: messages from the webview are untrusted', () => {
  it('accepts each well-formed message, rebuilt with only its own fields', () => {
    assert.deepEqual(parseFromWebview({ type: 'ready', extra: 'x' }), { type: 'ready' });
    assert.deepEqual(parseFromWebview({ type: 'rendered', version: 3, pages: 2 }), { type: 'rendered', version: 3, pages: 2 });
    assert.deepEqual(parseFromWebview({ type: 'revealLine', version: 3, line: 12.5 }), { type: 'revealLine', version: 3, line: 12.5 });
    assert.deepEqual(parseFromWebview({ type: 'openSource', line: 4, character: 2, command: 'rm -rf' }), { type: 'openSource', line: 4, character: 2 });
  });

  it('rejects junk: wrong types, unknown types, negatives, fractions, NaN, huge numbers, arrays, prototypes', () => {
    const junk: unknown[] = [
      null, undefined, 42, 'ready', [], ['ready'], { type: 'READY' }, { type: 'eval', code: 'x' },
      { type: 'rendered', version: -1, pages: 1 }, { type: 'rendered', version: 1, pages: 0 }, { type: 'rendered', version: 1.5, pages: 1 },
      { type: 'revealLine', version: 1, line: Number.NaN }, { type: 'revealLine', version: 1, line: Infinity }, { type: 'revealLine', version: 1, line: -3 },
      { type: 'revealLine', version: '1', line: 2 }, { type: 'openSource', line: 1e12, character: 0 }, { type: 'openSource', line: 1, character: 0.5 },
      { type: 'openSource', line: '1', character: 0 }, Object.create({ type: 'ready' }), { type: { toString: () => 'ready' } },
    ];
    for (const value of junk) assert.equal(parseFromWebview(value), undefined, JSON.stringify(value) ?? String(value));
  });

  it('never throws and only returns the four known shapes, whatever arrives (property)', () => {
    const types = new Set(['ready', 'rendered', 'revealLine', 'openSource']);
    fc.assert(fc.property(fc.oneof(fc.anything(), fc.record({ type: fc.constantFrom('ready', 'rendered', 'revealLine', 'openSource', 'x'), version: fc.anything(), line: fc.anything(), character: fc.anything(), pages: fc.anything() })), (value) => {
      const parsed = parseFromWebview(value);
      if (parsed) assert.ok(types.has(parsed.type));
    }));
  });

  it('validates the saved state the serializer revives', () => {
    assert.deepEqual(parsePreviewState({ uri: 'file:///a/b.giaymoi.yaml', locked: true, zoom: 'fit-page', scrollY: 10 }), { uri: 'file:///a/b.giaymoi.yaml', locked: true, zoom: 'fit-page', scrollY: 10 });
    assert.deepEqual(parsePreviewState({ uri: 'file:///a.giaymoi.yaml', locked: 'yes', zoom: 'huge' }), { uri: 'file:///a.giaymoi.yaml', locked: false });
    for (const bad of [undefined, null, {}, { uri: 3 }, { uri: 'no scheme' }, { uri: 'x:'.padEnd(5000, 'a') }]) assert.equal(parsePreviewState(bad), undefined);
  });

  it('restores only giaymoi files: not /etc/passwd, not another scheme, not a dot-dot path', () => {
    for (const uri of ['file:///etc/passwd', 'file:///home/a/notes.yaml', 'https://example.com/a.giaymoi.yaml', 'command:workbench.action.x?a.giaymoi.yaml',
      'file:///ws/../etc/x.giaymoi.yaml', 'file:///ws/%2E%2E/x.giaymoi.yaml', 'file:///a.giaymoi.yaml?x', 'file:///a.giaymoi.yaml#x', 'file:///a.giaymoi.yaml.exe']) {
      assert.equal(parsePreviewState({ uri, locked: false }), undefined, uri);
    }
    for (const uri of ['file:///home/a/H%E1%BB%8Dp.giaymoi.yml', 'vscode-remote://ssh-remote%2Bx/ws/a.GIAYMOI.YAML', 'untitled:Untitled-1.giaymoi.yaml']) {
      assert.equal(parsePreviewState({ uri, locked: true })?.uri, uri, uri);
    }
  });
});
