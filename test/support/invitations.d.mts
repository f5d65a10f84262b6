/** Types of invitations.mjs, for the TypeScript tests. */
export interface LongInvitationOptions {
  readonly paragraphs?: number;
  readonly seed?: number;
  readonly wordSpread?: number;
  readonly maxChars?: number;
  readonly contact?: boolean;
}
export declare function longInvitation(options?: LongInvitationOptions): string;
export declare function previewInvitation(paragraphs: number): string;
export declare function withInvitees(text: string, count: number, name?: (n: number) => string): string;
export declare function withBulletLines(text: string, lines: number): string;
export declare function withLongParagraph(text: string, chars: number): string;
