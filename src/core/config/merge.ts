/** Layers of rule settings (configuration file, then editor settings on top) → the checks' options. */
import type { CheckOptions } from '../rules/rule';
import type { RuleSettings } from './rule-config';

/** Later layers win, code by code and option by option. */
export function mergeRuleSettings(...layers: readonly (RuleSettings | undefined)[]): Partial<CheckOptions> {
  const options: { -readonly [K in keyof CheckOptions]?: CheckOptions[K] } = {};
  const severities: Record<string, RuleSettings['severities'][string]> = {};
  for (const layer of layers) {
    if (!layer) continue;
    Object.assign(severities, layer.severities);
    if (layer.minWorkingDays !== undefined) options.minWorkingDays = layer.minWorkingDays;
    // Days off add up: the office's file and a user's own settings both count.
    if (layer.extraDaysOff !== undefined)
      options.extraDaysOff = [...new Set([...(options.extraDaysOff ?? []), ...layer.extraDaysOff])];
  }
  return { ...options, severities };
}
