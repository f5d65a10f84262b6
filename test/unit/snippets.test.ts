import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { NEW_INVITATION_PREFIX, snippetBody } from '../../src/core/authoring/snippets';
import { checkInvitation } from '../../src/core/check';
import { expandSnippet } from './authoring/snippet-expand';

const json = readFileSync('snippets/giaymoi.code-snippets', 'utf8');
const snippets = JSON.parse(json) as Record<string, { prefix: string | string[]; body: string[]; description: string }>;
const WHOLE = ['giaymoi', 'giaymoi-hop'];
const prefixes = (s: { prefix: string | string[] }) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]);

describe('snippets', () => {
  it('is plain JSON (no comments) so the new-invitation command can read it', () => {
    assert.ok(Object.keys(snippets).length >= 20);
    assert.ok(snippetBody(json, NEW_INVITATION_PREFIX)?.startsWith('co_quan:'));
  });

  it('has a Vietnamese name and a description with Vietnamese and English for every snippet', () => {
    for (const [name, s] of Object.entries(snippets)) {
      assert.match(name, /[à-ỹÀ-Ỹđ]/u, `${name}: Vietnamese label`);
      assert.match(s.description, /^.+ · [A-Z].+/u, `${name}: "vi · en" description`);
    }
  });

  for (const [name, s] of Object.entries(snippets)) {
    it(`"${prefixes(s)[0]}" expands to valid YAML`, () => {
      const text = expandSnippet(s.body.join('\n'));
      assert.doesNotMatch(text, /\$\{?\w/, 'no snippet syntax left');
      const doc = parseDocument(text);
      assert.deepEqual(doc.errors.map((e) => e.message), [], `${name}:\n${text}`);
    });
  }

  for (const prefix of WHOLE) {
    it(`the whole invitation "${prefix}" checks without any error`, () => {
      const body = snippetBody(json, prefix);
      assert.ok(body, prefix);
      const result = checkInvitation(expandSnippet(body));
      assert.deepEqual(result.problems.filter((p) => p.severity === 'error').map((p) => `${p.code} ${p.message.en}`), []);
      assert.ok(result.invitation);
    });
  }

  it('dates the whole invitation today from snippet variables', () => {
    const text = expandSnippet(snippetBody(json, 'giaymoi') ?? '');
    assert.match(text, /^ngay: 2026-11-25$/m);
  });

  it('offers nguoi_ky for every signing authority and for the head signing without one', () => {
    const bodies = Object.values(snippets).filter((s) => prefixes(s).some((p) => p.startsWith('nguoi_ky'))).map((s) => s.body.join('\n'));
    for (const authority of ['TM', 'KT', 'TL', 'TUQ', 'Q']) assert.ok(bodies.some((b) => b.includes(`quyen_han: ${authority}\n`)), authority);
    assert.ok(bodies.some((b) => b.includes('${1|TM,KT,TL,TUQ,Q|}')));
    assert.ok(bodies.some((b) => !b.includes('quyen_han')));
  });

  it('ends nơi nhận with a quoted "Lưu: VT."', () => {
    for (const s of Object.values(snippets).filter((x) => x.body.some((line) => line.startsWith('noi_nhan:')))) {
      const text = expandSnippet(s.body.join('\n'));
      const list = parseDocument(text).toJS().noi_nhan as string[];
      assert.match(list[list.length - 1], /^Lưu: VT.*\.$/);
    }
  });
});
