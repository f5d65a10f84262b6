/**
 * YAML's own errors in the user's language (issue 32, item 6): every code the
 * `yaml` package can raise has its own explanation, so no English sentence of
 * the parser ("Missing closing "quote") reaches the banner or the Problems
 * panel. The table is typed by yaml's ErrorCode: a code added by a newer yaml
 * fails the build until it is explained here.
 */
import type { ErrorCode } from 'yaml';
import { message } from '../messages';
import type { Localized } from '../model/problem';

const EXPLANATIONS: Record<ErrorCode, string> = {
  ALIAS_PROPS: 'yaml.error.aliasProps',
  BAD_ALIAS: 'yaml.error.badAlias',
  BAD_DIRECTIVE: 'yaml.error.badDirective',
  BAD_DQ_ESCAPE: 'yaml.error.badEscape',
  BAD_INDENT: 'yaml.error.badIndent',
  BAD_PROP_ORDER: 'yaml.error.badPropOrder',
  BAD_SCALAR_START: 'yaml.error.badScalarStart',
  BLOCK_AS_IMPLICIT_KEY: 'yaml.error.blockAsKey',
  BLOCK_IN_FLOW: 'yaml.error.blockInFlow',
  BAD_COLLECTION_TYPE: 'yaml.error.badCollectionType',
  DUPLICATE_KEY: 'yaml.error.duplicateKey',
  IMPOSSIBLE: 'yaml.error.impossible',
  KEY_OVER_1024_CHARS: 'yaml.error.keyTooLong',
  MISSING_CHAR: 'yaml.error.missingChar',
  MULTILINE_IMPLICIT_KEY: 'yaml.error.multilineKey',
  MULTIPLE_ANCHORS: 'yaml.error.multipleAnchors',
  MULTIPLE_DOCS: 'yaml.error.multipleDocs',
  MULTIPLE_TAGS: 'yaml.error.multipleTags',
  NON_STRING_KEY: 'yaml.error.nonStringKey',
  RESOURCE_EXHAUSTION: 'yaml.error.resourceExhaustion',
  TAB_AS_INDENT: 'yaml.error.tabIndent',
  TAG_RESOLVE_FAILED: 'yaml.error.tagResolveFailed',
  UNEXPECTED_TOKEN: 'yaml.error.unexpectedToken',
};

/** The explanation of a yaml error code, in both languages (an unknown code: the generic one). */
export function yamlErrorText(code: string): Localized {
  return message(EXPLANATIONS[code as ErrorCode] ?? 'yaml.error.impossible');
}

/** Every code yaml can raise, as this table knows them (for the test that none is left in English). */
export const YAML_ERROR_CODES = Object.keys(EXPLANATIONS) as readonly ErrorCode[];
