/**
 * A model for the rules when the schema refuses a file: one unknown key or one
 * value of the wrong type used to leave the rules without a model, so the first
 * check showed the structural error alone and the rules' findings appeared only
 * after it was fixed. Here the parts the schema refuses are left out (a key,
 * else the key holding it, never a list item, whose removal would move the
 * items after it away from their lines) until the rest passes. The result only
 * feeds the rules; the preview and the export still refuse the file.
 *
 * Nothing is salvaged when a required part is missing or refused (co_quan,
 * dia_danh, trich_yeu, nguoi_ky, noi_nhan and the required keys inside them),
 * nor when the YAML itself cannot be read: the rules that read the model then
 * wait for the fix, and only the text rules run.
 */
import type { z } from 'zod';
import { invitationSchema, type Invitation } from '../schema/schema';

/** Each round leaves out what the schema refused; a few rounds settle any real file. */
const MAX_ROUNDS = 8;

type Path = readonly PropertyKey[];
type Issue = z.core.$ZodIssue;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The invitation without the parts the schema refuses, or undefined when a required part is among them. */
export function salvageForRules(data: unknown): Invitation | undefined {
  if (!isRecord(data)) return undefined;
  let current: unknown = structuredClone(data);
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const result = invitationSchema.safeParse(current);
    if (result.success) return result.data;
    const paths = result.error.issues.flatMap(refusedPaths).map((path) => removablePath(current, path));
    if (paths.some((path) => path === undefined)) return undefined;
    current = withoutPaths(current, paths as Path[]);
  }
  return undefined;
}

/** The paths an issue is about: each unknown key, else the issue's own place. */
function refusedPaths(issue: Issue): Path[] {
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => [...issue.path, key]);
  return [issue.path];
}

/**
 * The key to leave out for a refused path: the deepest key on it that is
 * present (a list item is never removed; its list key is). Undefined when the
 * only candidate is a top-level key that is already absent: a required part is missing.
 */
function removablePath(data: unknown, path: Path): Path | undefined {
  for (let end = path.length; end > 0; end -= 1) {
    if (typeof path[end - 1] !== 'string') continue;
    const candidate = path.slice(0, end);
    if (has(data, candidate)) return candidate;
  }
  return undefined;
}

function has(data: unknown, path: Path): boolean {
  const parent = valueAt(data, path.slice(0, -1));
  return isRecord(parent) && Object.prototype.hasOwnProperty.call(parent, path[path.length - 1]);
}

function valueAt(data: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (node, step) =>
      node === null || typeof node !== 'object' ? undefined : (node as Record<PropertyKey, unknown>)[step],
    data,
  );
}

function withoutPaths(data: unknown, paths: readonly Path[]): unknown {
  for (const path of paths) {
    const parent = valueAt(data, path.slice(0, -1));
    if (isRecord(parent)) delete parent[path[path.length - 1] as string];
  }
  return data;
}
