/**
 * One self-contained HTML file (the CLI's `giaymoi preview`): inline CSS,
 * nothing remote; sheets paginated by the height estimate, then, when the
 * caller gives the measuring script, again by measurement as in the preview
 * (the script admitted by its hash alone), so screen and print break where the
 * DOCX does. Printing gives A4 pages with the decree's margins.
 */
import type { Layout, Measures } from '../../core/layout';
import { escapeAttr, escapeHtml } from './escape';
import { renderPage, renderUnits } from './page';
import { say, sideBySide } from '../../core/messages';

export interface StandaloneOptions {
  /** Page language, for hyphenation and screen readers. */
  readonly lang?: string;
  /** The source's errors ("dòng 3: …"): shown above the sheets on screen, so the page never looks ready when it is not. */
  readonly errors?: readonly string[];
  /** The measuring script (dist/standalone.js) and its CSP hash (`sha256-…`, base64); without it the estimate stays. */
  readonly script?: { readonly code: string; readonly hash: string };
}

/** A grey desk with the white sheets on it, on screen only. */
const SCREEN_CSS = `html{background:#e6e6e6}body{margin:0;padding:16px 0}
@media screen{.gm-sheet{margin:0 auto 16px;box-shadow:0 1px 4px rgba(0,0,0,.3)}}
.gm-errors{max-width:210mm;margin:0 auto 16px;padding:8px 12px;box-sizing:border-box;font:14px/1.4 sans-serif;
color:#000;background:#f2dede;border:1px solid #be1100}.gm-errors ul{margin:4px 0 0;padding-left:20px}
@media print{.gm-errors{display:none}}`;

/** Nothing may load and no script may run but ours, by its hash: the file stays inert whatever the YAML held. */
const csp = (hash?: string) =>
  `default-src 'none'; style-src 'unsafe-inline'; img-src data:${hash ? `; script-src '${hash}'` : ''}`;

/** The whole document. */
export function renderStandalone(layout: Layout, m: Measures, options: StandaloneOptions = {}): string {
  const page = renderPage(layout, m);
  const script = options.script;
  // The units whole, for the script to measure (a paragraph the estimate cut is cut again where it really breaks).
  const units = renderUnits(layout, m);
  const measured = script
    ? `<template id="gm-source">${units.units.join('')}${units.contact}</template>\n<script>${script.code}</script>\n`
    : '';
  const title = `Giấy mời — ${layout.subject}`;
  return `<!DOCTYPE html>
<html lang="${escapeAttr(options.lang ?? 'vi')}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttr(csp(script?.hash))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
${page.css}
${SCREEN_CSS}
</style>
</head>
<body>
${errorBanner(options.errors ?? [])}<main class="gm-pages" data-pages="${escapeAttr(page.pages)}">${page.body}</main>
${measured}</body>
</html>
`;
}

/** The errors' banner (screen only), or nothing for a clean source. */
function errorBanner(errors: readonly string[]): string {
  if (errors.length === 0) return '';
  const items = errors.map((e) => `<li>${escapeHtml(e)}</li>`).join('');
  return `<div class="gm-errors" role="alert"><strong>${escapeHtml(sideBySide(say('cli.preview.pageNotReady', { count: errors.length })))}</strong><ul>${items}</ul></div>\n`;
}
