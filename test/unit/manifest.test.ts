import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE_NAME } from '../../src/core';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const nls = {
  en: JSON.parse(readFileSync('package.nls.json', 'utf8')) as Record<string, string>,
  vi: JSON.parse(readFileSync('package.nls.vi.json', 'utf8')) as Record<string, string>,
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Command ids registered in src/features: `registerCommand('giaymoi.x'` or through a constant holding the id. */
function registeredCommands(): Set<string> {
  const texts = sources('src/features').map((f) => readFileSync(f, 'utf8'));
  const constants = new Map(
    texts.flatMap((t) => [...t.matchAll(/const\s+(\w+)\s*=\s*'(giaymoi\.\w+)'/g)].map((m) => [m[1], m[2]] as const)),
  );
  const found = texts.flatMap((t) =>
    [...t.matchAll(/registerCommand\(\s*(?:'([\w.]+)'|(\w+))/g)].map((m) => m[1] ?? constants.get(m[2]) ?? m[2]),
  );
  return new Set(found);
}

/**
 * VS Code's command palette filter (1.100, commandsQuickAccess: matchesPrefix, matchesWords,
 * matchesContiguousSubString on "Category: Title"): case-insensitive, no diacritic folding;
 * a query word may skip to the start of any later word.
 */
const SEPARATORS = new Set([...' \t\r\n()[]{}<>`\'"-/;:,.?!']);
const isSeparator = (c: string | undefined) => c !== undefined && SEPARATORS.has(c);
const nextWord = (t: string, from: number) => {
  let i = from;
  while (i < t.length && !isSeparator(t[i]) && !(i > 0 && isSeparator(t[i - 1]))) i += 1;
  return i;
};
function wordsFrom(w: string, t: string, wi: number, ti: number): boolean {
  if (wi === w.length) return true;
  if (ti === t.length || !(w[wi] === t[ti] || (isSeparator(w[wi]) && isSeparator(t[ti])))) return false;
  for (let next = ti + 1; ; next = nextWord(t, next + 1)) {
    if (wordsFrom(w, t, wi + 1, next)) return true;
    if (next >= t.length) return false;
  }
}
function paletteMatches(query: string, label: string): boolean {
  const [q, l] = [query.toLowerCase(), label.toLowerCase()];
  if (l.startsWith(q) || l.includes(q)) return true;
  for (let ti = 0; ti < l.length; ti = nextWord(l, ti + 1)) if (wordsFrom(q, l, 0, ti)) return true;
  return false;
}

const QUERIES: Record<string, string[]> = {
  'giaymoi.showPreview': ['xem truoc', 'xem trước', 'open preview', 'preview'],
  'giaymoi.showPreviewToSide': ['xem truoc ben canh', 'xem trước bên cạnh', 'preview side'],
  'giaymoi.togglePreviewLock': ['khoa xem truoc', 'khóa', 'preview lock'],
  'giaymoi.exportDocx': ['xuat docx', 'xuất docx', 'export docx', 'docx'],
  'giaymoi.exportMailMerge': ['tron thu', 'trộn thư', 'docx per invitee', 'mail merge'],
  'giaymoi.exportMailMergePdf': ['tron thu ra pdf', 'trộn thư ra pdf', 'mail merge to pdf', 'tron thu', 'mail merge'],
  'giaymoi.newInvitation': ['giay moi moi', 'giấy mời mới', 'new invitation'],
  'giaymoi.showRule': ['tra cuu quy tac', 'tra cứu quy tắc', 'rules reference', 'rules'],
};

/** What anyone types to list every command of the extension: its category, "Giấy mời". */
const EVERY_COMMAND_QUERIES = ['giấy mời', 'giấy'];

/** A title's own names: "Vietnamese · English (ascii words)" in package.nls.json. */
function ownNames(title: string): string[] {
  const [vi, rest] = title.split(' · ');
  const [, english, ascii] = /^(.*?)(?: \((.*)\))?$/.exec(rest)!;
  return [vi, english, ...(ascii ? [ascii] : [])];
}

describe('package.json contributions', () => {
  const commands = manifest.contributes.commands as { command: string; title: string; category: string }[];

  it('registers every contributed command in src/features', () => {
    const registered = registeredCommands();
    assert.deepEqual(
      commands.map((c) => c.command).filter((id) => !registered.has(id)),
      [],
    );
  });

  it('reads every contributed setting in src/features/settings.ts', () => {
    const settings = readFileSync('src/features/settings.ts', 'utf8');
    const keys = Object.keys(manifest.contributes.configuration.properties as object).map((k) =>
      k.replace(/^giaymoi\./, ''),
    );
    assert.deepEqual(
      keys.filter((k) => !new RegExp(`\\.get(<[^>]*>)?\\(\\s*'${k.replace(/\./g, '\\.')}'`).test(settings)),
      [],
    );
  });

  it('declares limited support in untrusted workspaces, and lets no folder allow lists from outside it (issue 31)', () => {
    const untrusted = manifest.capabilities.untrustedWorkspaces;
    assert.equal(untrusted.supported, 'limited');
    for (const table of [nls.en, nls.vi])
      assert.match(
        table[untrusted.description.slice(1, -1)],
        /không đọc danh sách khách mời và tệp giaymoi\.config\.yaml/,
      );
    assert.deepEqual(untrusted.restrictedConfigurations, ['giaymoi.lists.allowOutsideWorkspace']);
    const allow = manifest.contributes.configuration.properties['giaymoi.lists.allowOutsideWorkspace'];
    assert.deepEqual([allow.type, allow.default, allow.scope], ['boolean', false, 'machine']);
  });

  it('has every %key% in both package.nls.json and package.nls.vi.json, and no key only in one', () => {
    const used = [...new Set([...readFileSync('package.json', 'utf8').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]))];
    assert.deepEqual(
      used.filter((k) => !(k in nls.en)),
      [],
      'missing in package.nls.json',
    );
    assert.deepEqual(
      used.filter((k) => !(k in nls.vi)),
      [],
      'missing in package.nls.vi.json',
    );
    assert.deepEqual(Object.keys(nls.en).sort(), Object.keys(nls.vi).sort());
  });

  it('gives every setting a description in Vietnamese in both nls files (Vietnamese first)', () => {
    const keys = Object.keys(nls.en).filter((k) => k.endsWith('.description'));
    for (const key of keys) for (const table of [nls.en, nls.vi]) assert.match(table[key], /^[^\n]*[à-ỹđ]/u, key);
  });

  for (const [id, queries] of Object.entries(QUERIES)) {
    it(`finds ${id} in the palette by Vietnamese words with or without diacritics and by English`, () => {
      const command = commands.find((c) => c.command === id);
      assert.ok(command, id);
      for (const table of [nls.en, nls.vi]) {
        const label = `${table[command.category.slice(1, -1)]}: ${table[command.title.slice(1, -1)]}`;
        for (const query of [...queries, ...EVERY_COMMAND_QUERIES])
          assert.ok(paletteMatches(query, label), `"${query}" should find "${label}"`);
      }
    });
  }

  it("finds each command first by its own name, whatever was used last: no other command's label matches it (issue 32)", () => {
    const labels = (table: Record<string, string>) =>
      commands.map((c) => [c.command, `${table[c.category.slice(1, -1)]}: ${table[c.title.slice(1, -1)]}`] as const);
    const confusions = commands.flatMap((command) =>
      ownNames(nls.en[command.title.slice(1, -1)]).flatMap((name) =>
        [nls.en, nls.vi].flatMap((table) =>
          labels(table)
            .filter(([id, label]) => id !== command.command && paletteMatches(name, label))
            .map(([, label]) => `"${name}" (${command.command}) also finds "${label}"`),
        ),
      ),
    );
    assert.deepEqual(confusions, []);
    assert.ok(commands.every((c) => nls.en[c.category.slice(1, -1)] === 'Giấy mời'));
  });

  it('activates only on what it contributes (onLanguage and onCommand are inferred since VS Code 1.74)', () => {
    assert.deepEqual(manifest.activationEvents, ['onWebviewPanel:giaymoi.preview']);
    assert.equal(manifest.contributes.languages[0].id, 'giaymoi');
    assert.deepEqual(manifest.contributes.languages[0].icon, {
      light: './media/file-icon.svg',
      dark: './media/file-icon.svg',
    });
    assert.ok(statSync('media/file-icon.svg').size > 0);
    assert.deepEqual(manifest.contributes.snippets, [
      { language: 'giaymoi', path: './snippets/giaymoi.code-snippets' },
    ]);
    assert.ok(
      manifest.contributes.menus['file/newFile'].some(
        (m: { command: string }) => m.command === 'giaymoi.newInvitation',
      ),
    );
    const grammar = JSON.parse(readFileSync(manifest.contributes.grammars[0].path, 'utf8'));
    assert.deepEqual(grammar.patterns, [{ include: 'source.yaml' }]);
  });

  it('opens giaymoi files wrapped, indented by 2 spaces, and hides none of the invisible characters the rules report', () => {
    const defaults = manifest.contributes.configurationDefaults['[giaymoi]'] as Record<string, unknown>;
    assert.equal(defaults['editor.wordWrap'], 'on');
    assert.equal(defaults['editor.tabSize'], 2);
    assert.equal(defaults['editor.insertSpaces'], true);
    const hiding = Object.entries(defaults).filter(
      ([key, value]) =>
        /unicodeHighlight|renderControlCharacters|renderWhitespace/.test(key) && (value === false || value === 'none'),
    );
    assert.deepEqual(hiding, []);
  });

  it('edits giaymoi.config.yaml as YAML that indents: Enter after `quy_tac:` indents the next line', () => {
    const language = manifest.contributes.languages.find((l: { filenames?: string[] }) =>
      l.filenames?.includes(CONFIG_FILE_NAME),
    );
    assert.ok(language, `a language for ${CONFIG_FILE_NAME} (VS Code's own YAML does not indent on Enter)`);
    const configuration = JSON.parse(readFileSync(language.configuration, 'utf8')) as {
      onEnterRules: { beforeText: string; action: { indent: string } }[];
    };
    const ruleFor = (line: string) => configuration.onEnterRules.find((r) => new RegExp(r.beforeText).test(line));
    assert.equal(ruleFor('quy_tac:')?.action.indent, 'indent');
    assert.equal(ruleFor('  GM027:  ')?.action.indent, 'indent');
    assert.equal(ruleFor('  GM027: off'), undefined);
    const grammar = manifest.contributes.grammars.find((g: { language: string }) => g.language === language.id);
    assert.deepEqual(JSON.parse(readFileSync(grammar.path, 'utf8')).patterns, [{ include: 'source.yaml' }]);
    const defaults = manifest.contributes.configurationDefaults[`[${language.id}]`] as Record<string, unknown>;
    assert.deepEqual([defaults['editor.tabSize'], defaults['editor.insertSpaces']], [2, true]);
  });
});
