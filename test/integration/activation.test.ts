import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { discardAndCloseAll, EXAMPLE, giaymoiExtension, openInEditor, waitFor } from './support/host';

describe('activation', () => {
  afterEach(discardAndCloseAll);

  it('opening the example activates the extension, in the giaymoi language @smoke', async () => {
    const document = await openInEditor(EXAMPLE);
    assert.equal(document.languageId, 'giaymoi');
    const extension = giaymoiExtension();
    await waitFor(() => extension.isActive, 'the extension to activate');
    const api = extension.exports as { version?: string };
    assert.equal(api.version, extension.packageJSON.version, 'activate() returns the test-hook API');
  });

  it('is the build under test: the development folder, or the installed VSIX @smoke', () => {
    // The drivers name the folder the extension must have been loaded from, so a
    // VSIX run cannot pass by silently testing the development folder instead.
    const expected = process.env.GIAYMOI_SUITE_EXTENSION_ROOT;
    assert.ok(expected, 'the driver sets GIAYMOI_SUITE_EXTENSION_ROOT');
    const actual = giaymoiExtension().extensionUri.fsPath;
    assert.ok(
      path.resolve(actual).startsWith(path.resolve(expected)),
      `loaded from ${actual}, expected under ${expected}`,
    );
  });
});
