/** Test helpers: render an example or a source text to DOCX and read its parts back as XML text. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { checkInvitation } from '../../../src/core/check/check';
import { layoutInvitation } from '../../../src/core/layout/invitation';
import type { Layout } from '../../../src/core/layout/model';
import { resolveMeasures, type BodySize, type Margins } from '../../../src/core/layout/measures';
import { renderDocx } from '../../../src/render/docx';

export const EXAMPLES = join(__dirname, '../../../examples');

export function exampleText(name: string): string {
  return readFileSync(join(EXAMPLES, `${name}.giaymoi.yaml`), 'utf8');
}

/** The layout of a source text that must be valid. */
export function layoutOf(text: string, invitee?: number): Layout {
  const checked = checkInvitation(text);
  if (!checked.invitation) throw new Error(JSON.stringify(checked.problems.filter((p) => p.severity === 'error')));
  return layoutInvitation(checked.invitation, checked.source, { invitee });
}

export interface Rendered {
  readonly parts: Record<string, string>;
  readonly document: string;
  readonly bytes: Uint8Array;
}

/** Renders layouts and unzips every XML part. */
export async function render(
  layouts: Layout[],
  options: { margins?: Partial<Margins>; bodySize?: BodySize } = {},
): Promise<Rendered> {
  const bytes = await renderDocx(layouts, { measures: resolveMeasures(options), date: new Date(Date.UTC(2024, 4, 1)) });
  const files = unzipSync(bytes);
  const parts = Object.fromEntries(Object.entries(files).map(([path, data]) => [path, strFromU8(data)]));
  return { parts, document: parts['word/document.xml'], bytes };
}

/** Every `<w:p>…</w:p>` of an XML part. */
export function paragraphsOf(xml: string): string[] {
  return xml.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [^>]*>[\s\S]*?<\/w:p>/g) ?? [];
}

/** Plain text of a paragraph's runs. */
export function textOf(paragraphXml: string): string {
  return [...paragraphXml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

/** The first paragraph whose text starts with `start`. */
export function paragraphStarting(xml: string, start: string): string {
  const found = paragraphsOf(xml).find((p) => textOf(p).startsWith(start));
  if (!found) throw new Error(`no paragraph starting "${start}"`);
  return found;
}

/** `w:sz` values of a paragraph's text runs. */
export function runSizes(paragraphXml: string): number[] {
  return [...paragraphXml.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)]
    .filter((r) => /<w:t[ >]/.test(r[0]))
    .map((r) => Number(/<w:sz w:val="(\d+)"/.exec(r[0])?.[1]));
}

/** True when every text run of the paragraph has the run property (e.g. "b", "i"). */
export function allRuns(paragraphXml: string, property: 'b' | 'i'): boolean {
  const runs = [...paragraphXml.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].filter((r) => /<w:t[ >]/.test(r[0]));
  return (
    runs.length > 0 && runs.every((r) => new RegExp(`<w:${property}/>|<w:${property} w:val="(true|1|on)"/>`).test(r[0]))
  );
}
