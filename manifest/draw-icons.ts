/**
 * Renders the Teams app icons from their SVG sources:
 *   manifest/icons/color.svg   -> manifest/color.png   (192x192, full colour)
 *   manifest/icons/outline.svg -> manifest/outline.png (32x32, white on transparent)
 *
 * The PNGs are committed; run `npm run icons` after editing an SVG.
 * Development only: uses @resvg/resvg-js (a prebuilt binary inside the npm package).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

export const MANIFEST_DIR = __dirname;

export interface IconSpec {
  svg: string;
  png: string;
  size: number;
}

export const ICONS: readonly IconSpec[] = [
  { svg: 'icons/color.svg', png: 'color.png', size: 192 },
  { svg: 'icons/outline.svg', png: 'outline.png', size: 32 },
];

/** Renders one SVG file to a PNG buffer of exactly size x size pixels. */
export function renderIcon(spec: IconSpec, dir: string = MANIFEST_DIR): Buffer {
  const svg = readFileSync(join(dir, spec.svg), 'utf8');
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: spec.size },
    background: 'rgba(0,0,0,0)',
    font: { loadSystemFonts: false },
  });
  const image = resvg.render();
  if (image.width !== spec.size || image.height !== spec.size) {
    throw new Error(`${spec.svg} rendered at ${image.width}x${image.height}, expected ${spec.size}x${spec.size}`);
  }
  return image.asPng();
}

function main(): void {
  for (const spec of ICONS) {
    const png = renderIcon(spec);
    writeFileSync(join(MANIFEST_DIR, spec.png), png);
    console.log(`wrote manifest/${spec.png} (${spec.size}x${spec.size}, ${png.length} bytes)`);
  }
}

if (require.main === module) main();
