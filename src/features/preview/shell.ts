/**
 * The preview's shell page, set once per panel: strict CSP with a fresh nonce,
 * the stylesheet and script from media/, the initial state in an escaped data
 * attribute. Pure: the panel passes in the webview's strings.
 */
import { escapeAttr } from '../../render/html/escape';

export interface ShellInput {
  readonly cspSource: string;
  readonly scriptUri: string;
  readonly styleUri: string;
  readonly nonce: string;
  /** JSON-serialisable initial state (uri, lock, options, language). */
  readonly state: unknown;
  readonly lang: string;
}

/** 'default-src none' plus exactly what the preview needs; no inline script, no remote anything. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `img-src ${cspSource} data:`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
}

export function shellHtml(input: ShellInput): string {
  return `<!DOCTYPE html>
<html lang="${escapeAttr(input.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttr(contentSecurityPolicy(input.cspSource, input.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${escapeAttr(input.styleUri)}">
</head>
<body data-state="${escapeAttr(JSON.stringify(input.state))}">
<header id="gm-top" class="gm-noprint"><div id="gm-toolbar"></div><div id="gm-banner" hidden></div></header>
<main id="gm-pages" class="gm-pages"></main>
<script nonce="${escapeAttr(input.nonce)}" src="${escapeAttr(input.scriptUri)}"></script>
</body>
</html>
`;
}

/** 32 random alphanumerics from a CSPRNG, new for every shell. */
export function makeNonce(
  random: (bytes: Uint8Array) => Uint8Array = (b) => globalThis.crypto.getRandomValues(b),
): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(random(new Uint8Array(32)), (b) => alphabet[b % alphabet.length]).join('');
}
