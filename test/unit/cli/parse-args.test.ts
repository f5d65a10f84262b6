/**
 * The CLI's options as the help text names them: an option the help shows but
 * the parser does not know reads as a flag and swallows nothing, so `--max-rows 10`
 * would leave "10" as a file name. Every option of the help is therefore parsed
 * here with a value (or as a flag), in front of a file.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FLAGS, parseArgs, VALUE_OPTIONS } from '../../../src/cli/arguments';
import { EN } from '../../../src/core/messages/en';
import { VI } from '../../../src/core/messages/vi';

/** The commands' help texts (the message tables' `cli.help.*`) and main.ts's own usage lines (importing main.ts would run the command). */
const usageText = () => {
  const help = Object.entries({ ...VI, ...EN })
    .filter(([key]) => key.startsWith('cli.help.'))
    .map(([, text]) => text);
  const lines = readFileSync(join(__dirname, '../../../src/cli/main.ts'), 'utf8')
    .split('\n')
    .filter((l) => /--/.test(l) && !/^\s*(\/\/|\*|\/\*\*)/.test(l));
  return [...help, ...lines].join('\n');
};

/** `--name` and `-x` options of the help, `--margin-left|right|…` spread out. */
function helpOptions(): string[] {
  const names = [...usageText().matchAll(/(?<![\w-])--?([a-z][a-z0-9-]*)((?:\|[a-z]+)*)/g)].flatMap(
    ([, name, more]) => {
      const stem = name.replace(/-[a-z]+$/, '');
      return [
        name,
        ...more
          .split('|')
          .filter(Boolean)
          .map((alt) => `${stem}-${alt}`),
      ];
    },
  );
  return [...new Set(names)];
}

describe('cli: the options the help names', () => {
  it('are each known to the parser, as taking a value or as a flag', () => {
    const unknown = helpOptions().filter((name) => !VALUE_OPTIONS.includes(name) && !FLAGS.includes(name));
    assert.deepEqual(unknown, []);
    assert.ok(helpOptions().includes('max-rows') && helpOptions().includes('margin-bottom'), 'the help is read');
  });

  it('take their value from the next word, leaving the file a file', () => {
    for (const name of VALUE_OPTIONS) {
      const dash = name.length === 1 ? '-' : '--';
      assert.deepEqual(
        parseArgs(['export', `${dash}${name}`, '7', 'hop.giaymoi.yaml']),
        { command: 'export', files: ['hop.giaymoi.yaml'], options: { [name]: '7' } },
        name,
      );
    }
  });

  it('read a flag as "true" without taking the next word', () => {
    for (const name of FLAGS) {
      const dash = name.length === 1 ? '-' : '--';
      assert.deepEqual(
        parseArgs(['export', `${dash}${name}`, 'hop.giaymoi.yaml']),
        { command: 'export', files: ['hop.giaymoi.yaml'], options: { [name]: 'true' } },
        name,
      );
    }
  });
});
