/**
 * Where the configuration of an invitation may be: `giaymoi.config.yaml` in
 * the invitation's folder or any folder above it, the nearest winning (as
 * `.editorconfig` or `tsconfig.json` are found). Pure path arithmetic on
 * '/'-separated paths, so the CLI (Node fs) and the editor (workspace.fs,
 * also in a browser) share it and only read the files themselves.
 */
import { CONFIG_FILE_NAME } from './rule-config';

/** Candidate configuration paths for the file at `filePath`, nearest first. */
export function configCandidates(filePath: string): string[] {
  const slashed = filePath.replace(/\\/g, '/');
  const parts = slashed.split('/');
  parts.pop(); // the invitation itself
  const candidates: string[] = [];
  for (let n = parts.length; n > 0; n -= 1) {
    const dir = parts.slice(0, n).join('/');
    candidates.push(`${dir === '' ? '' : dir}/${CONFIG_FILE_NAME}`);
    if (dir === '' || /^[A-Za-z]:$/.test(dir)) break;
  }
  return candidates.length > 0 ? candidates : [CONFIG_FILE_NAME];
}
