// The texts bench:vscode edits: the SIPAS example and a generated ~1,000-line invitation (the UI
// tests' long file), each with its Markdown equivalent (the layout's lines, one paragraph each),
// and the line of each where the edit is typed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadExportBundle } from '../support/export-bundle.mjs';
import { longInvitation } from '../../test/support/invitations.mjs';

export const ROOT = join(import.meta.dirname, '..', '..');
const SIPAS = join(ROOT, 'examples', 'hoi-nghi-sipas-2024.giaymoi.yaml');

/** The workspace's settings: bench-open.md opens as VS Code's Markdown preview on a double-click. */
export const OPEN_AS_PREVIEW = {
  'workbench.editorAssociations': { 'bench-open.md': 'vscode.markdown.preview.editor' },
};

export async function benchFiles() {
  const bundle = await loadExportBundle(ROOT);
  const markdownOf = (text) => {
    const checked = bundle.checkInvitation(text);
    if (!checked.invitation) throw new Error('a bench text is not a valid invitation');
    return `${bundle
      .layoutLines(bundle.layoutInvitation(checked.invitation, checked.source))
      .map((l) => l.replace(/\n/g, ' '))
      .join('\n\n')}\n`;
  };
  const small = readFileSync(SIPAS, 'utf8');
  const large = longInvitation();
  const texts = {
    'bench-sipas.giaymoi.yaml': small,
    'bench-sipas.md': markdownOf(small),
    'bench-long.giaymoi.yaml': large,
    'bench-long.md': markdownOf(large),
    // Opened once per window as the Markdown preview (the workspace setting OPEN_AS_PREVIEW).
    'bench-open.md': markdownOf(small),
  };
  const lines = (name) => texts[name].split('\n');
  const lineWith = (name, needle) => 1 + lines(name).findIndex((l) => l.includes(needle));
  // The large file's middle paragraph, found in both by its opening words.
  const paragraphs = lines('bench-long.giaymoi.yaml')
    .map((l, i) => ({ l, line: i + 1 }))
    .filter((p) => p.l.startsWith('  - "'));
  const middle = paragraphs[paragraphs.length >> 1];
  const middleText = middle.l.slice(5, -2);
  return {
    texts,
    names: {
      small: { giaymoi: 'bench-sipas.giaymoi.yaml', markdown: 'bench-sipas.md' },
      large: { giaymoi: 'bench-long.giaymoi.yaml', markdown: 'bench-long.md' },
      open: { giaymoi: 'bench-sipas.giaymoi.yaml', markdown: 'bench-open.md' },
    },
    editLine: {
      small: {
        giaymoi: lineWith('bench-sipas.giaymoi.yaml', 'trich_yeu:'),
        markdown: lineWith('bench-sipas.md', 'Chỉ số hài lòng của người dân'),
      },
      large: { giaymoi: middle.line, markdown: lineWith('bench-long.md', middleText) },
    },
    describe: {
      small: `SIPAS example (${lines('bench-sipas.giaymoi.yaml').length} lines; Markdown ${lines('bench-sipas.md').length})`,
      large: `generated invitation (${lines('bench-long.giaymoi.yaml').length} lines; Markdown ${lines('bench-long.md').length}), edited mid-document`,
    },
  };
}
