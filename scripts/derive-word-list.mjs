/**
 * Derives src/core/text/data/two-syllable-words.json from Hồ Ngọc Đức's
 * Viet74K.txt word list (GPL-2.0, https://github.com/duyet/vietnamese-wordlist,
 * from https://www.informatik.uni-leipzig.de/~duc/software/misc/wordlist.html):
 * its two-syllable entries, lower case, NFC, letters only, grouped by first
 * syllable so the file stays small. Usage: node scripts/derive-word-list.mjs Viet74K.txt
 */
import { readFileSync, writeFileSync } from 'node:fs';

const SYLLABLE = /^\p{L}+$/u;
const OUT = new URL('../src/core/text/data/two-syllable-words.json', import.meta.url);

const pairs = new Map();
for (const raw of readFileSync(process.argv[2], 'utf8').split(/\r?\n/)) {
  const syllables = raw.normalize('NFC').toLocaleLowerCase('vi').trim().split(/\s+/);
  if (syllables.length !== 2 || !syllables.every((s) => SYLLABLE.test(s))) continue;
  const [first, second] = syllables;
  if (!pairs.has(first)) pairs.set(first, new Set());
  pairs.get(first).add(second);
}
const firsts = [...pairs.keys()].sort((a, b) => a.localeCompare(b, 'vi'));
const words = firsts.map(
  (first) => `${first} ${[...pairs.get(first)].sort((a, b) => a.localeCompare(b, 'vi')).join(' ')}`,
);
const data = {
  source:
    'Hồ Ngọc Đức, Viet74K.txt (Free Vietnamese Dictionary Project word list), as published in github.com/duyet/vietnamese-wordlist (commit 688b095)',
  licence: 'GPL-2.0 (GNU General Public License, version 2): see NOTICE.md beside this file',
  derivation:
    'scripts/derive-word-list.mjs: the two-syllable entries, lower case, NFC, letters only; each line a first syllable followed by every second syllable that makes a word with it',
  count: words.reduce((n, line) => n + line.split(' ').length - 1, 0),
  words,
};
writeFileSync(OUT, `${JSON.stringify(data, null, 1)}\n`);
console.log(`${data.count} two-syllable words under ${firsts.length} first syllables`);
