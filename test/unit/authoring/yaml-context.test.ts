import * as assert from 'node:assert/strict';
import { contextAt, keyPaths, lineParts } from '../../../src/core/authoring/yaml-context';
import { cursor } from './cursor';

const ctx = (marked: string) => {
  const { text, position } = cursor(marked);
  return contextAt(text, position.line, position.character);
};

describe('cursor context from indentation', () => {
  it('splits a line into dashes, keys and the value', () => {
    assert.deepEqual(lineParts('  - tieu_de: Thành phần'), {
      tokens: [
        { col: 2, kind: 'item', key: '' },
        { col: 4, kind: 'key', key: 'tieu_de' },
      ],
      valueCol: 13,
      value: 'Thành phần',
    });
    assert.deepEqual(
      lineParts('  - "Lưu: VT."').tokens.map((t) => t.kind),
      ['item'],
    );
  });

  it('counts list items, compact lists and nested keys', () => {
    const text =
      'muc:\n- tieu_de: A\n  muc:\n    - x\n- tieu_de: B\n  thoi_gian:\n    - { bat_dau: 2024-01-01 08:00 }\n';
    assert.deepEqual(keyPaths(text), [
      ['muc'],
      ['muc', 0, 'tieu_de'],
      ['muc', 0, 'muc'],
      ['muc', 1, 'tieu_de'],
      ['muc', 1, 'thoi_gian'],
    ]);
  });

  it('skips block scalars', () => {
    assert.deepEqual(keyPaths('mo_dau: |\n  a: b\n  c\ntrich_yeu: x\n'), [['mo_dau'], ['trich_yeu']]);
  });

  it('knows a value from a key being typed', () => {
    assert.deepEqual(ctx('nguoi_ky:\n  chuc_vu: PH|'), {
      kind: 'value',
      path: ['nguoi_ky', 'chuc_vu'],
      prefix: 'PH',
      start: 11,
      item: false,
      lineIndent: 2,
    });
    assert.deepEqual(ctx('nguoi_ky:\n  chuc|'), {
      kind: 'key',
      path: ['nguoi_ky'],
      prefix: 'chuc',
      start: 2,
      item: false,
      lineIndent: 2,
    });
  });

  it('reads a bare list item as both a first key and a scalar item', () => {
    assert.deepEqual(ctx('noi_nhan:\n  - a;\n  - |'), {
      kind: 'key',
      path: ['noi_nhan', 1],
      prefix: '',
      start: 4,
      item: true,
      lineIndent: 2,
    });
  });
});
