/** The rules, in the order their problems are listed. Each module owns one concern. */
import type { Rule } from './rule';

export const RULES: readonly Rule[] = [];
