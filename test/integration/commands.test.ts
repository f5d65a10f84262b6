import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { giaymoiExtension, manifest } from './support/host';

describe('commands', () => {
  it('registers every command that package.json contributes @web', async () => {
    await giaymoiExtension().activate();
    const contributed: string[] = (manifest().contributes?.commands ?? []).map((c: { command: string }) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((id) => !registered.has(id));
    assert.deepEqual(missing, [], `contributed in package.json but not registered: ${missing.join(', ')}`);
  });
});
