import { largestFitting } from '@/lib/brochure';

/**
 * Sets `--size` on `root` to the largest text size (to a tenth of a point) at which every
 * `.sheet`'s `.sheet-inner` fits inside the sheet's padding, and returns it. A sheet is no wider
 * than A4 and no taller than US Letter, so a fitted sheet prints as exactly one page of either and
 * no line is cut (sheets hide what overflows).
 */
export function fitSheets(root: HTMLElement, min?: number, max?: number): number {
  const sheets = [...root.querySelectorAll<HTMLElement>('.sheet')];
  const fits = (size: number) => {
    root.style.setProperty('--size', `${size}pt`);
    return sheets.every((sheet) => {
      const inner = sheet.querySelector<HTMLElement>('.sheet-inner')!;
      const style = getComputedStyle(sheet);
      const room = sheet.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
      return inner.getBoundingClientRect().height <= room - 1;
    });
  };
  const size = largestFitting(fits, min, max);
  fits(size);
  return size;
}
