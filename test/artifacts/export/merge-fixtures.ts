/** The example invitation with a chosen invitee list, for the merge artifact tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const EXAMPLE = readFileSync(join(__dirname, '../../../examples/so-tai-chinh-hop-du-toan-2025.giaymoi.yaml'), 'utf8');

/** The example with `count` invitees named "Giám đốc <tag> số <n>". */
export const withInvitees = (tag: string, count: number) =>
  EXAMPLE.replace(
    /^kinh_moi:.*\n(?: {2}- .*\n)+/m,
    `kinh_moi:\n${Array.from({ length: count }, (_, i) => `  - Giám đốc ${tag} số ${i + 1}`).join('\n')}\n`,
  );
