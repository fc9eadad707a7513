// Renders assets/icon.svg to public/icon/<size>.png, the files WXT lists as the manifest's
// `icons` (Chrome and Firefox also take the toolbar button's icon from them when the action
// names none). Run it after changing the SVG, and commit the PNGs: the build copies them as
// they are, so the sources archive Mozilla's reviewers rebuild from needs no browser.
//
// Debian's Chromium draws the SVG at each size itself rather than scaling one bitmap, so the
// small sizes stay sharp. No network: the SVG is inlined into a blank page.
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = path.join(ROOT, 'assets/icon.svg');
const OUT = path.join(ROOT, 'public/icon');

// 16 and 32 are the toolbar at 1x and 2x, 48 and 96 the extensions page and add-ons manager
// at 1x and 2x, 128 the Chrome Web Store and the install dialog.
const SIZES = [16, 32, 48, 96, 128];

/**
 * Transparent margin on each side. The Chrome Web Store asks for 96×96 artwork inside the 128×128
 * icon; 48 and 96 keep that proportion so their pair matches it. Toolbar icons use every pixel.
 */
const padding = (size) => (size >= 48 ? size / 8 : 0);

/** Width, height and colour type from a PNG's IHDR chunk (colour type 6 is RGBA). */
function pngHeader(buffer) {
  const signature = buffer.subarray(0, 8).toString('hex');
  if (signature !== '89504e470d0a1a0a' || buffer.subarray(12, 16).toString('latin1') !== 'IHDR') {
    throw new Error('not a PNG');
  }
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20), colourType: buffer[25] };
}

const svg = readFileSync(SOURCE, 'utf8');
// Text would be drawn in whatever font this machine has, and differently on the next one.
if (/<text\b/i.test(svg)) throw new Error(`${SOURCE}: the icon must hold no text`);

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const requested = [];
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    // The SVG is inline: any request means it points at an image or font outside itself.
    await page.route('**/*', (route) => {
      requested.push(route.request().url());
      return route.abort();
    });
    const inner = size - 2 * padding(size);
    await page.setContent(
      `<!doctype html><style>html,body{margin:0;background:transparent}` +
        `svg{display:block;margin:${padding(size)}px;width:${inner}px;height:${inner}px}</style>${svg}`,
    );
    const png = await page.screenshot({ omitBackground: true });
    await page.close();
    if (requested.length > 0) throw new Error(`${SOURCE} needs outside resources: ${requested.join(', ')}`);

    const { width, height, colourType } = pngHeader(png);
    if (width !== size || height !== size || colourType !== 6) {
      throw new Error(`${size}.png came out ${width}×${height}, colour type ${colourType} (want ${size}×${size} RGBA)`);
    }
    const file = path.join(OUT, `${size}.png`);
    writeFileSync(file, png);
    console.log(`${path.relative(ROOT, file)}  ${size}×${size}  ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
