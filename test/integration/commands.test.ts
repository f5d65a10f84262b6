import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { giaymoiExtension, manifest } from './support/host';

type PaletteEntry = { command: string; when?: string };

/** A web worker has no Node `process`; the desktop extension host has one. */
const inWebWorker = typeof process === 'undefined' || !process.versions?.node;

describe('commands', () => {
  it('registers every command that package.json contributes @web', async () => {
    await giaymoiExtension().activate();
    const contributes = manifest().contributes ?? {};
    const contributed: string[] = (contributes.commands ?? []).map((c: { command: string }) => c.command);
    // A command the palette hides in the browser ("!isWeb": signing needs Node) is the desktop's alone.
    const palette: PaletteEntry[] = contributes.menus?.commandPalette ?? [];
    const desktopOnly = new Set(palette.filter((m) => m.when === '!isWeb').map((m) => m.command));
    const expected = contributed.filter((id) => !(inWebWorker && desktopOnly.has(id)));
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = expected.filter((id) => !registered.has(id));
    assert.deepEqual(missing, [], `contributed in package.json but not registered: ${missing.join(', ')}`);
  });
});
