/**
 * Where an invitation says when the meeting is: the top-level `thoi_gian`
 * and each section's `thoi_gian`, as slots (with their YAML paths) and as
 * free text (sections titled "Thời gian", or a time given as a sentence).
 */
import { headedEntries } from '../schema/body-entries';
import type { Invitation, MeetingTime, TimeSlot } from '../schema/schema';
import type { YamlPath } from '../source/source-map';

/** One time slot and where it sits in the YAML. */
export interface SlotAt {
  readonly slot: TimeSlot;
  /** Path of the slot object, e.g. ['muc', 1, 'thoi_gian'] or ['thoi_gian', 0]. */
  readonly path: YamlPath;
}

function slotsOf(time: MeetingTime | undefined, path: YamlPath): SlotAt[] {
  if (time === undefined || typeof time === 'string') return [];
  if (Array.isArray(time)) return time.map((slot, i) => ({ slot, path: [...path, i] }));
  return [{ slot: time, path }];
}

/** Every time slot of the invitation, top level first, then the parts and sections in order. */
export function meetingSlots(invitation: Invitation): SlotAt[] {
  return [
    ...slotsOf(invitation.thoi_gian, ['thoi_gian']),
    ...headedEntries(invitation).flatMap(({ entry, path }) => slotsOf(entry.thoi_gian, [...path, 'thoi_gian'])),
  ];
}

const TIME_TITLE = /thời\s+gian/iu;

/** Path prefixes whose strings state the meeting time in words. */
export function timeTextPaths(invitation: Invitation): YamlPath[] {
  const paths: YamlPath[] = typeof invitation.thoi_gian === 'string' ? [['thoi_gian']] : [];
  headedEntries(invitation).forEach(({ entry, path }) => {
    if (typeof entry.thoi_gian === 'string') paths.push([...path, 'thoi_gian']);
    if (TIME_TITLE.test(entry.tieu_de)) {
      paths.push(...['noi_dung', 'doan', 'muc', 'diem', 'gach_dau_dong'].map((key) => [...path, key]));
    }
  });
  return paths;
}

/** True when `path` lies under one of `prefixes`. */
export function isUnder(path: YamlPath, prefixes: readonly YamlPath[]): boolean {
  return prefixes.some((prefix) => prefix.length <= path.length && prefix.every((step, i) => path[i] === step));
}
