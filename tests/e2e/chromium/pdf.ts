/** How many pages a PDF from Chromium's printer has: its page objects, not the page tree node. */
export function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}
