/** Learns agency abbreviations, agency names and place names from the workspace's other invitations. */
import { parse } from 'yaml';
import type { WorkspaceHints } from './common-values';

/** At most this many hints of each kind are kept (the most frequent first). */
const LIMIT = 30;

/** Reads each text leniently (bad files are skipped) and tallies what they use. */
export function collectHints(texts: readonly string[]): WorkspaceHints {
  const tallies = {
    abbreviations: new Map<string, number>(),
    agencies: new Map<string, number>(),
    places: new Map<string, number>(),
  };
  for (const text of texts) {
    const data = readLeniently(text);
    const agency = record(data.co_quan);
    count(tallies.abbreviations, agency.viet_tat);
    count(tallies.agencies, agency.ten);
    count(tallies.agencies, agency.chu_quan);
    count(tallies.places, data.dia_danh);
  }
  return { abbreviations: top(tallies.abbreviations), agencies: top(tallies.agencies), places: top(tallies.places) };
}

function readLeniently(text: string): Record<string, unknown> {
  try {
    return record(parse(text, { maxAliasCount: 10, strict: false, prettyErrors: false }));
  } catch {
    return {};
  }
}

const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

function count(tally: Map<string, number>, value: unknown): void {
  const text = Array.isArray(value) ? value.filter((v) => typeof v === 'string').join(' ') : value;
  if (typeof text !== 'string' || text.trim() === '' || text.length > 200) return;
  const key = text.trim().normalize('NFC');
  tally.set(key, (tally.get(key) ?? 0) + 1);
}

function top(tally: Map<string, number>): string[] {
  return [...tally.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi'))
    .slice(0, LIMIT)
    .map(([value]) => value);
}
