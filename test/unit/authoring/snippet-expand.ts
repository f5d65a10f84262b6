/** Expands VS Code snippet syntax as the editor would with every placeholder left at its default. */

/** Sample values for the snippet variables the bodies use. */
export const SAMPLE_VARIABLES: Record<string, string> = {
  CURRENT_YEAR: '2026',
  CURRENT_MONTH: '11',
  CURRENT_DATE: '25',
  CURRENT_YEAR_SHORT: '26',
};

/** Placeholders take their default text, choices their first option, tab stops vanish, variables take samples. */
export function expandSnippet(body: string, variables: Record<string, string> = SAMPLE_VARIABLES): string {
  let text = body.replace(/\$\{(\d+)\|([^|]*)\|\}/g, (_, __, options: string) => options.split(',')[0]);
  text = text.replace(
    /\$([A-Z_]+)|\$\{([A-Z_]+)\}/g,
    (whole, a?: string, b?: string) => variables[a ?? b ?? ''] ?? whole,
  );
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(/\$\{\d+:((?:\\.|[^${}\\])*)\}/g, '$1');
  }
  return text.replace(/\$\{\d+\}|\$\d+/g, '').replace(/\\([$}\\])/g, '$1');
}
