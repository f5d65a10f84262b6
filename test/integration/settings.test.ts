import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { checkInvitation } from '../../src/core/check/check';
import {
  codeOf,
  discardAndCloseAll,
  giaymoiExtension,
  manifest,
  openInEditor,
  setUserSetting,
  waitFor,
  waitForDiagnostics,
} from './support/host';

const UNKNOWN_KEY_FIXTURE = 'unknown-key.giaymoi.yaml';

interface SettingSchema {
  type?: string | string[];
  enum?: unknown[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  items?: { pattern?: string };
}

function contributedSettings(): [string, SettingSchema][] {
  return Object.entries(manifest().contributes?.configuration?.properties ?? {}) as [string, SettingSchema][];
}

describe('settings', () => {
  afterEach(discardAndCloseAll);

  it('registers every setting of package.json with its default @web', () => {
    const configuration = vscode.workspace.getConfiguration();
    for (const [key, schema] of contributedSettings()) {
      assert.deepEqual(configuration.inspect(key)?.defaultValue, schema.default, key);
    }
  });

  it('reads every setting of package.json: each one changes the settings the features see @web', async function () {
    this.timeout(120_000);
    const extension = giaymoiExtension();
    await extension.activate();
    const api = extension.exports as { settings?: () => unknown };
    assert.equal(
      typeof api.settings,
      'function',
      'the test-hook API (what activate() returns) exposes settings(), the snapshot the features read',
    );
    const snapshot = () => JSON.stringify(api.settings!());
    for (const [key, schema] of contributedSettings()) {
      const before = snapshot();
      const value = otherValidValue(key, schema);
      const restore = await setUserSetting(key, value);
      try {
        await waitFor(() => snapshot() !== before, `${key} = ${JSON.stringify(value)} to reach the settings snapshot`, {
          timeoutMs: 5_000,
        });
      } finally {
        await restore();
      }
      await waitFor(() => snapshot() === before, `${key} to return to its default in the snapshot`, {
        timeoutMs: 5_000,
      });
    }
  });

  it('giaymoi.language = "en" turns a diagnostic\'s message English, and back @web', async () => {
    const document = await openInEditor(UNKNOWN_KEY_FIXTURE);
    const expected = checkInvitation(document.getText()).problems.find((p) => p.code === 'GM003')?.message;
    assert.ok(expected, 'the core reports GM003 for the fixture');
    assert.notEqual(expected.en, expected.vi);
    const hasMessage = (text: string) => (l: vscode.Diagnostic[]) =>
      l.some((d) => codeOf(d) === 'GM003' && d.message === text);
    await waitForDiagnostics(document.uri, hasMessage(expected.vi), 'GM003 in Vietnamese (the default)');
    const restore = await setUserSetting('giaymoi.language', 'en');
    try {
      await waitForDiagnostics(document.uri, hasMessage(expected.en), 'GM003 in English');
    } finally {
      await restore();
    }
    await waitForDiagnostics(document.uri, hasMessage(expected.vi), 'GM003 in Vietnamese again after the reset');
  });
});

/** A valid value other than the default, from the setting's JSON schema. */
function otherValidValue(key: string, schema: SettingSchema): unknown {
  if (schema.enum) {
    const other = schema.enum.find((v) => v !== schema.default && v !== 'auto');
    if (other !== undefined) return other;
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type; // ["integer", "null"]: unset by default
  switch (type) {
    case 'object':
      return { GM029: 'off' };
    case 'boolean':
      return !schema.default;
    case 'number':
    case 'integer':
      return schema.default === schema.minimum
        ? (schema.maximum ?? Number(schema.default) + 1)
        : (schema.minimum ?? Number(schema.default) + 1);
    case 'array':
      return [schema.items?.pattern?.includes('\\d{4}') ? '2024-09-03' : 'giaymoi-test'];
    case 'string':
      return `${String(schema.default ?? '')}/giaymoi-test`;
  }
  throw new Error(`no test value for ${key} (type ${schema.type}): teach otherValidValue() in settings.test.ts`);
}
