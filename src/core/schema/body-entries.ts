/**
 * The headed entries of the body (parts and sections) with their YAML paths,
 * for the rules that look inside them (meeting times, chair, contact point).
 */
import type { Invitation, ParagraphEntry, Part, Section } from './schema';
import type { YamlPath } from '../source/source-map';

/** A part or a section, and where it sits. */
export interface HeadedAt {
  readonly entry: Part | Section;
  readonly path: YamlPath;
}

const headed = <T extends Part | Section>(
  list: readonly (T | ParagraphEntry)[] | undefined,
  path: YamlPath,
): { entry: T; path: YamlPath }[] =>
  (list ?? []).flatMap((entry, i) => ('tieu_de' in entry ? [{ entry, path: [...path, i] }] : []));

/** Every part and section in reading order: each part followed by its sections, then the top-level sections. */
export function headedEntries(invitation: Invitation): HeadedAt[] {
  const parts = headed<Part>(invitation.phan, ['phan']).flatMap((part) => [
    part,
    ...headed<Section>(part.entry.muc, [...part.path, 'muc']),
  ]);
  return [...parts, ...headed<Section>(invitation.muc, ['muc'])];
}
