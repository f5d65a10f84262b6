/**
 * Reads the zod model by YAML path: which fields an object allows, which are
 * required, their bilingual descriptions and enum values. Feeds the parser's
 * "did you mean", completion and hover, so none of them repeats the format.
 */
import * as z from 'zod';
import { invitationSchema } from './schema';
import type { Localized } from '../model/problem';
import type { YamlPath } from '../source/source-map';

export interface FieldInfo {
  readonly name: string;
  readonly required: boolean;
  readonly description: Localized;
  /** Allowed values when the field is an enum. */
  readonly values: readonly string[];
  /** What the value is: helps completion decide what to insert. */
  readonly kind: 'text' | 'object' | 'list' | 'enum' | 'number' | 'mixed';
}

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  element?: z.ZodType;
  entries?: Record<string, string>;
};

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

function describe(schema: z.ZodType): Localized | undefined {
  const meta = z.globalRegistry.get(schema) as { description?: string; 'x-description-en'?: string } | undefined;
  if (meta?.description) return { vi: meta.description, en: meta['x-description-en'] ?? meta.description };
  const def = defOf(schema);
  return def.innerType ? describe(def.innerType) : undefined;
}

/** Strips optional/nullable wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (
    let def = defOf(current);
    def.innerType && (def.type === 'optional' || def.type === 'nullable');
    def = defOf(current)
  )
    current = def.innerType;
  return current;
}

/** The object schemas a value at this schema may be (unions contribute each object branch). */
function objectsOf(schema: z.ZodType): z.ZodType[] {
  const s = unwrap(schema);
  const def = defOf(s);
  if (def.type === 'object') return [s];
  if (def.type === 'union') return (def.options ?? []).flatMap(objectsOf);
  return [];
}

/** Schemas a path may lead to (unions fan out, lists step into their element). */
function schemasAt(path: YamlPath): z.ZodType[] {
  let current: z.ZodType[] = [invitationSchema];
  for (const step of path) {
    current = current.flatMap((schema) => stepInto(schema, step));
  }
  return current;
}

function stepInto(schema: z.ZodType, step: string | number): z.ZodType[] {
  const s = unwrap(schema);
  const def = defOf(s);
  if (def.type === 'union') return (def.options ?? []).flatMap((o) => stepInto(o, step));
  if (typeof step === 'number') return def.type === 'array' && def.element ? [def.element] : [];
  const field = def.type === 'object' ? def.shape?.[step] : undefined;
  return field ? [field] : [];
}

function kindOf(schema: z.ZodType): FieldInfo['kind'] {
  const def = defOf(unwrap(schema));
  switch (def.type) {
    case 'string':
      return 'text';
    case 'object':
      return 'object';
    case 'array':
      return 'list';
    case 'enum':
      return 'enum';
    case 'number':
    case 'int':
      return 'number';
    default:
      return 'mixed';
  }
}

/** An enum's values; a union of an enum and free text (`ten_loai`) offers the enum's values too. */
function valuesOf(schema: z.ZodType): string[] {
  const inner = defOf(unwrap(schema));
  if (inner.type === 'enum') return Object.values(inner.entries ?? {});
  if (inner.type === 'union') return (inner.options ?? []).flatMap(valuesOf);
  return [];
}

function infoOf(name: string, schema: z.ZodType): FieldInfo {
  const values = valuesOf(schema);
  return {
    name,
    required: defOf(schema).type !== 'optional',
    description: describe(schema) ?? { vi: name, en: name },
    values,
    // A union of an enum and free text is offered as the enum: the free word is the exception.
    kind: values.length ? 'enum' : kindOf(schema),
  };
}

/** Fields allowed in the object at `path` (empty when that is no object). */
export function fieldsAt(path: YamlPath): FieldInfo[] {
  const seen = new Map<string, FieldInfo>();
  for (const object of schemasAt(path).flatMap(objectsOf)) {
    for (const [name, field] of Object.entries(defOf(object).shape ?? {})) {
      if (!seen.has(name)) seen.set(name, infoOf(name, field));
    }
  }
  return [...seen.values()];
}

/** The field that `path` names (its last step must be a key). */
export function fieldAt(path: YamlPath): FieldInfo | undefined {
  const name = path[path.length - 1];
  if (typeof name !== 'string') return undefined;
  return fieldsAt(path.slice(0, -1)).find((f) => f.name === name);
}

/** Levenshtein distance, for "did you mean". */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** The closest allowed key to an unknown one, when close enough to be a typo. */
export function suggestKey(unknown: string, allowed: readonly string[]): string | undefined {
  const folded = foldKey(unknown);
  let best: { key: string; distance: number } | undefined;
  for (const key of allowed) {
    const distance = editDistance(folded, key);
    if (!best || distance < best.distance) best = { key, distance };
  }
  const tolerance = Math.max(2, Math.floor(unknown.length / 3));
  return best && best.distance <= tolerance ? best.key : undefined;
}

/** "Trích yếu" or "trich-yeu" → "trich_yeu": authors often type the words. */
function foldKey(key: string): string {
  return key
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}
