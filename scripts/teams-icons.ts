import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encodePng, type Pixel } from './teams-png.ts';

// Draws the two Teams icons: color.png (192×192, full colour) and outline.png (32×32, white on a
// transparent background, as Teams requires). The mark is a stylised "flux" wave: two sine
// strokes, like a reconciliation loop. Run: `npx tsx scripts/teams-icons.ts`.

const BLUE: Pixel = [0x32, 0x6c, 0xe5, 255];
const WHITE: Pixel = [255, 255, 255, 255];
const CLEAR: Pixel = [0, 0, 0, 0];

/** True when (x, y) in unit coordinates lies on one of the two waves. */
function onWave(u: number, v: number, thickness: number): boolean {
  if (u < 0.18 || u > 0.82) return false;
  const wave = (phase: number, centre: number) => centre + 0.09 * Math.sin((u - 0.18) * 2 * Math.PI * 1.5 + phase);
  return Math.abs(v - wave(0, 0.4)) < thickness || Math.abs(v - wave(Math.PI, 0.6)) < thickness;
}

export function colorIcon(): Buffer {
  return encodePng(192, 192, (x, y) => (onWave((x + 0.5) / 192, (y + 0.5) / 192, 0.045) ? WHITE : BLUE));
}

export function outlineIcon(): Buffer {
  return encodePng(32, 32, (x, y) => (onWave((x + 0.5) / 32, (y + 0.5) / 32, 0.06) ? WHITE : CLEAR));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = new URL('../manifest/teams/', import.meta.url);
  writeFileSync(new URL('color.png', dir), colorIcon());
  writeFileSync(new URL('outline.png', dir), outlineIcon());
  console.log('wrote manifest/teams/color.png (192×192) and manifest/teams/outline.png (32×32)');
}
