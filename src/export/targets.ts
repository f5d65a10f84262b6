/** Where exports go: the default name beside the source, the output-folder setting's variables, and "-1" alternatives. */
import { basename, dirname, extname, isAbsolute, join, resolve } from 'node:path';
import { safeFileStem } from './file-names';

const SOURCE_SUFFIX = /\.giaymoi\.ya?ml$|\.ya?ml$/i;

/** "hoi-nghi.giaymoi.yaml" → "hoi-nghi". */
export function sourceStem(sourcePath: string): string {
  const name = basename(sourcePath);
  return name.replace(SOURCE_SUFFIX, '') || name;
}

/** The DOCX beside the source: "a/b.giaymoi.yaml" → "a/b.docx". */
export function defaultTarget(sourcePath: string): string {
  return join(dirname(sourcePath), `${sourceStem(sourcePath)}.docx`);
}

/**
 * A mail merge's own folder inside `parent`: "<stem> (trộn thư)" ("(tron thu)"
 * with ASCII names), so its files and its hidden staging and journal stay out
 * of the folder that holds the sources.
 */
export function mergeFolder(parent: string, sourcePath: string, ascii = false): string {
  const label = ascii ? 'tron thu' : 'trộn thư';
  return join(parent, safeFileStem(`${sourceStem(sourcePath)} (${label})`, { ascii, maxBytes: 120 }));
}

export interface FolderVariables {
  readonly fileDirname: string;
  readonly fileBasenameNoExtension: string;
  readonly workspaceFolder?: string;
}

/** Expands `${fileDirname}`, `${workspaceFolder}`, `${fileBasenameNoExtension}`; relative results are taken from the source's folder. */
export function expandOutputFolder(template: string, vars: FolderVariables): string {
  const expanded = (template.trim() || '${fileDirname}').replace(/\$\{(\w+)\}/g, (whole, name: string) => {
    if (name === 'fileDirname') return vars.fileDirname;
    if (name === 'fileBasenameNoExtension') return vars.fileBasenameNoExtension;
    if (name === 'workspaceFolder') return vars.workspaceFolder ?? vars.fileDirname;
    return whole;
  });
  return isAbsolute(expanded) ? expanded : resolve(vars.fileDirname, expanded);
}

/** "x.docx" → "x-1.docx" (n = 1), "x-2.docx", … */
export function alternativeTarget(target: string, n: number): string {
  const ext = extname(target);
  return `${target.slice(0, target.length - ext.length)}-${n}${ext}`;
}
