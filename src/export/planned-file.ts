/** A file an export writes, as the planners hand it to the writers (write-outputs.ts, merge-set.ts). */

/** A file to write, rendered when asked (and then forgotten by the plan). */
export interface PlannedFile {
  readonly fileName: string;
  render(): Promise<Uint8Array>;
  /** The same bytes handed out piece by piece as they are made (the combined file of a merge, at any size). */
  readonly write?: (out: (chunk: Uint8Array) => Promise<void>) => Promise<void>;
}
