/** `node:assert/strict` in the web suite: the `assert` package (Node's assert for browsers), strict mode. */
import * as assert from 'assert';

export = assert.strict;
