/** The codes of the configuration file's own problems (GM036, GM037), each defined with its reference entry; config/rule-config.ts reports them. */
import type { NamesOf } from '../model/problem';
import { defineCodes } from './define-codes';
import { say } from '../messages';

/** The name searched for upward from an invitation; it can never be mistaken for one (*.giaymoi.yaml). */
export const CONFIG_FILE_NAME = 'giaymoi.config.yaml';

const CONFIG = 'giaymoi: tệp cấu hình giaymoi.config.yaml · configuration file';

const CODES = {
  badEntry: 'GM036',
  structuralOff: 'GM037',
} as const;
declare module '../model/problem' {
  interface ProblemCodes extends NamesOf<typeof CODES> {}
}

export const CONFIG_CODE_GROUP = defineCodes({
  codes: CODES,
  docs: {
    badEntry: {
      severity: 'error',
      configFile: true,
      locator: CONFIG,
      title: say('rules.badEntry.title'),
      checks: say('rules.badEntry.checks'),
      why: say('rules.badEntry.why'),
      wrong: 'quy_tac:\n  GM29: off',
      right: 'quy_tac:\n  GM029: off',
    },
    structuralOff: {
      severity: 'error',
      configFile: true,
      locator: CONFIG,
      title: say('rules.structuralOff.title'),
      checks: say('rules.structuralOff.checks'),
      why: say('rules.structuralOff.why'),
      wrong: 'quy_tac:\n  GM001: off',
      right: 'quy_tac:\n  GM029: off',
    },
  },
});

/** The codes by name. */
export const CONFIG_CODES = CODES;
