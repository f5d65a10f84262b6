/**
 * Features share nothing but the state object activate() hands them, so the
 * order they are registered in cannot change what the user sees: the same
 * squiggles (an invitation's, its folder's giaymoi.config.yaml's, its invitee
 * list's), the same status-bar items, before and after an edit, whether the
 * table runs forwards, backwards or shuffled.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FakeDocument, fakeWorld, installFakeVscode, Uri, type FakeWorld } from './fake-vscode';

type Register = (deps: unknown) => { dispose(): void };

const EXAMPLES = join(__dirname, '../../../examples');
const example = (name: string) => readFileSync(join(EXAMPLES, name), 'utf8');

let world: FakeWorld = fakeWorld();
let uninstall: () => void = () => undefined;

/** A folder with a configuration (one rule off, one unknown key), a list invitation with its CSV, and a plain invitation with an error. */
function seed(w: FakeWorld): { plain: FakeDocument; list: FakeDocument } {
  const bytes = (text: string) => new TextEncoder().encode(text);
  w.files.set('file:///w/giaymoi.config.yaml', bytes('quy_tac:\n  GM029: off\nkhong_co: 1\n'));
  w.files.set('file:///w/khach-moi.csv', readFileSync(join(EXAMPLES, 'khach-moi.csv')));
  const plain = new FakeDocument(
    Uri.file('/w/hop.giaymoi.yaml'),
    example('hoi-nghi-sipas-2024.giaymoi.yaml')
      .replace(/^so: .*$/m, 'so: [')
      .replace(/^ngay: .*$/m, ''),
  );
  const list = new FakeDocument(Uri.file('/w/khach.giaymoi.yaml'), example('hoi-nghi-khach-moi-2025.giaymoi.yaml'));
  w.documents.push(plain, list);
  w.activeEditor = { document: list, viewColumn: 1, selection: { active: { line: 0, character: 0 } as never } };
  return { plain, list };
}

/** What the user sees: every collection's squiggles (code and line) by file, and the status-bar items. */
function seen(w: FakeWorld): unknown {
  const collections = [...w.diagnostics.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, byUri]) => [
      name,
      [...byUri.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([uri, list]) => [
          uri,
          list
            .map(
              (d) =>
                `${String(d.code && typeof d.code === 'object' ? (d.code as { value: string }).value : d.code)}@${d.range.start.line}`,
            )
            .sort(),
        ]),
    ]);
  const items = w.statusItems.map((i) => [i.id, i.visible ? i.text : '(hidden)']).sort();
  return { collections, items };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 120)); // past the state's 50 ms debounce and the list reads

/** Registers the features in `order` in a fresh world, then edits the plain invitation; what was seen after each step. */
async function run(order: (features: Register[]) => Register[]): Promise<unknown[]> {
  world = fakeWorld();
  const { plain } = seed(world);
  const { extensionDeps, FEATURES } =
    require('../../../src/features/activate') as typeof import('../../../src/features/activate');
  const { registerPreview } =
    require('../../../src/features/preview') as typeof import('../../../src/features/preview');
  const { webPlatform } =
    require('../../../src/features/web-platform') as typeof import('../../../src/features/web-platform');
  const context = {
    subscriptions: [] as { dispose(): void }[],
    extensionUri: Uri.file('/ext'),
    extension: { packageJSON: { version: '0' } },
  };
  const deps = extensionDeps(context as never, webPlatform());
  for (const register of order([...FEATURES, registerPreview] as Register[]))
    context.subscriptions.push(register(deps));
  try {
    await settle();
    const opened = seen(world);
    plain.setText(plain.getText().replace('so: [', 'so: 12/GM-UBND'));
    world.events.change.fire({ document: plain, contentChanges: [{}] });
    await settle();
    return [opened, seen(world)];
  } finally {
    context.subscriptions.forEach((d) => d.dispose());
  }
}

/** A shuffle that repeats (mulberry32), so a failure can be replayed. */
function shuffled<T>(items: T[], seed: number): T[] {
  let a = seed;
  const random = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('features: registration order', () => {
  before(() => {
    uninstall = installFakeVscode(() => world);
  });
  after(() => uninstall());

  it('shows the same squiggles and status items forwards, backwards and shuffled', async () => {
    const forwards = await run((f) => f);
    const [opened, edited] = forwards as [{ collections: [string, [string, string[]][]][] }, unknown];
    const names = opened.collections.filter(([, byUri]) => byUri.some(([, list]) => list.length)).map(([name]) => name);
    assert.deepEqual(
      names,
      ['giaymoi', 'giaymoi-config'],
      'the invitation and its configuration have problems to show',
    );
    assert.notDeepEqual(opened, edited, 'the edit changed what is shown');
    assert.deepEqual(await run((f) => [...f].reverse()), forwards, 'backwards');
    for (const seed of [1, 2, 3])
      assert.deepEqual(await run((f) => shuffled(f, seed)), forwards, `shuffled with seed ${seed}`);
  });
});
