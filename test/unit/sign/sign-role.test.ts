/**
 * The editor's "Ký số PDF" asks what it signs as: "Ký văn bản" or "Ký phụ lục
 * kèm theo" (the number and ký hiệu checked as typed), and on a file signed
 * already, first, the agency's seal over the signer's image.
 */
import * as assert from 'node:assert/strict';
import type { QuickPickItem } from 'vscode';
import { loadSigning } from '../../../src/sign/load-signing';
import { fakeWorld, installFakeVscode, type FakeWorld } from '../features/fake-vscode';

type Ask = typeof import('../../../src/features/sign-role').askSignRole;
interface InputOptions {
  validateInput(text: string): string | undefined;
}

describe('features: the signing role asked in the editor', () => {
  let world: FakeWorld;
  let uninstall: () => void = () => undefined;
  let askSignRole: Ask;
  let shown: string[] = [];
  let validate: InputOptions['validateInput'] | undefined;

  beforeEach(() => {
    world = fakeWorld();
    uninstall = installFakeVscode(() => world);
    ({ askSignRole } = require('../../../src/features/sign-role') as { askSignRole: Ask });
    shown = [];
    const window = world.api.window as Record<string, unknown>;
    window.showQuickPick = (items: QuickPickItem[]) => {
      shown = items.map((i) => i.label);
      return Promise.resolve(items.find((i) => i.label === 'Ký phụ lục kèm theo'));
    };
    window.showInputBox = (options: InputOptions) => {
      validate = options.validateInput;
      return Promise.resolve(' 12/GM-UBND ');
    };
  });
  afterEach(() => uninstall());

  it('offers the document and the attachment on an unsigned file; the attachment asks its number', async () => {
    const role = await askSignRole('vi', loadSigning(), 0);
    assert.deepEqual(shown, ['Ký văn bản', 'Ký phụ lục kèm theo']);
    assert.deepEqual(role, { attachment: '12/GM-UBND' });
    assert.equal(validate?.('12/GM-UBND'), undefined);
    assert.match(validate?.('12') ?? '', /^--phu-luc cần số và ký hiệu/);
  });

  it('offers the seal first on a file signed already', async () => {
    await askSignRole('vi', loadSigning(), 1);
    assert.deepEqual(shown, ['Đóng dấu cơ quan lên văn bản đã ký', 'Ký văn bản', 'Ký phụ lục kèm theo']);
  });
});
