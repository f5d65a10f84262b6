/**
 * The .p12 password on a terminal, typed without echo: the command line
 * (`--password`) shows it to every user of the machine in the process list,
 * the variable GIAYMOI_P12_PASSWORD suits scripts, the prompt suits people.
 */
import { say } from '../core/messages';
import type { Localized } from '../core/model';
import { SignError } from './sign-error';

const ENTER = new Set(['\r', '\n', '\u0004']);
const CTRL_C = '\u0003';
const BACKSPACE = new Set(['\u007f', '\b']);

/** Whether a person can be asked: both the keyboard and the screen are a terminal. */
export function canPrompt(): boolean {
  return Boolean(process.stdin.isTTY && process.stderr.isTTY);
}

/** Asks `question` on stderr and reads a line from the terminal in raw mode, showing nothing; Ctrl+C cancels. */
export function promptHidden(question: Localized, language: keyof Localized): Promise<string> {
  const input = process.stdin;
  process.stderr.write(question[language]);
  input.setRawMode(true);
  input.setEncoding('utf8');
  input.resume();
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = () => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stderr.write('\n');
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === CTRL_C) return (finish(), reject(new SignError(say('cli.sign.cancelled'))));
        if (ENTER.has(ch)) return (finish(), resolve(typed));
        typed = BACKSPACE.has(ch) ? typed.slice(0, -1) : typed + ch;
      }
    };
    input.on('data', onData);
  });
}
