/**
 * Where the configuration of an invitation may be: `giaymoi.config.yaml` in
 * the invitation's folder or any folder above it up to its workspace folder,
 * the nearest winning (as `.editorconfig` or `tsconfig.json` are found). The
 * search stops at the workspace folder (the editor's, or the repository on the
 * CLI) so a file in some folder above it, up to `/`, cannot silently change the
 * rules. Pure path arithmetic on '/'-separated paths, so the CLI (Node fs) and
 * the editor (workspace.fs, also in a browser) share it and only read the files.
 */
import { CONFIG_FILE_NAME } from '../codes/config';

/**
 * Candidate configuration paths for the file at `filePath`, nearest first, up to
 * `workspaceFolder` included; only the file's own folder when it is not below that
 * folder. Without `workspaceFolder`, every folder up to the root.
 */
export function configCandidates(filePath: string, workspaceFolder?: string): string[] {
  const slashed = filePath.replace(/\\/g, '/');
  const parts = slashed.split('/');
  parts.pop(); // the invitation itself
  const stop = workspaceFolder === undefined ? undefined : workspaceFolder.replace(/\\/g, '/').replace(/\/+$/, '');
  const inside = stop === undefined || parts.join('/') === stop || parts.join('/').startsWith(`${stop}/`);
  const candidates: string[] = [];
  for (let n = parts.length; n > 0; n -= 1) {
    const dir = parts.slice(0, n).join('/');
    candidates.push(`${dir}/${CONFIG_FILE_NAME}`);
    if (!inside || dir === stop || dir === '' || /^[A-Za-z]:$/.test(dir)) break;
  }
  return candidates.length > 0 ? candidates : [CONFIG_FILE_NAME];
}
