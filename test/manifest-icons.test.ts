import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { ICONS, renderIcon } from '../manifest/draw-icons';
import './manifest-esm-shim';
import { checkIcons } from '../manifest/package';

const dir = join(__dirname, '..', 'manifest');
const read = (file: string): PNG => PNG.sync.read(readFileSync(join(dir, file)));

function pixels(png: PNG): Array<[number, number, number, number]> {
  const out: Array<[number, number, number, number]> = [];
  for (let i = 0; i < png.data.length; i += 4) out.push([png.data[i]!, png.data[i + 1]!, png.data[i + 2]!, png.data[i + 3]!]);
  return out;
}

describe('Teams app icons', () => {
  it('are the sizes Teams requires', () => {
    const color = read('color.png');
    const outline = read('outline.png');
    expect([color.width, color.height]).toEqual([192, 192]);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    expect(checkIcons()).toEqual([]);
  });

  it('colour icon is a full-colour, opaque design, not a placeholder', () => {
    const px = pixels(read('color.png'));
    expect(px.every(([, , , a]) => a === 255)).toBe(true);
    const colours = new Set(px.map(([r, g, b]) => `${r >> 4},${g >> 4},${b >> 4}`));
    expect(colours.size).toBeGreaterThan(8);
    // white bubble, indigo tile, gold badge all present
    expect(px.some(([r, g, b]) => r > 240 && g > 240 && b > 240)).toBe(true);
    expect(px.some(([r, g, b]) => b > 140 && r < 90)).toBe(true);
    expect(px.some(([r, g, b]) => r > 220 && g > 160 && b < 80)).toBe(true);
  });

  it('outline icon is white on a transparent background', () => {
    const png = read('outline.png');
    const px = pixels(png);
    // every visible pixel is white; the rest is fully transparent
    for (const [r, g, b, a] of px) {
      if (a > 0) expect([r, g, b]).toEqual([255, 255, 255]);
    }
    const transparent = px.filter(([, , , a]) => a === 0).length;
    const solid = px.filter(([, , , a]) => a === 255).length;
    expect(transparent / px.length).toBeGreaterThan(0.4);
    expect(solid).toBeGreaterThan(60);
    // corners are transparent (no background tile)
    for (const [x, y] of [[0, 0], [31, 0], [0, 31], [31, 31]] as const) {
      expect(png.data[(y * png.width + x) * 4 + 3]).toBe(0);
    }
  });

  it('committed PNGs match their SVG sources (run `npm run icons` after editing an SVG)', () => {
    for (const spec of ICONS) {
      const committed = read(spec.png);
      const rendered = PNG.sync.read(renderIcon(spec));
      expect([rendered.width, rendered.height]).toEqual([committed.width, committed.height]);
      let maxDiff = 0;
      for (let i = 0; i < committed.data.length; i++) maxDiff = Math.max(maxDiff, Math.abs(committed.data[i]! - rendered.data[i]!));
      expect(maxDiff).toBeLessThanOrEqual(2);
    }
  });
});
