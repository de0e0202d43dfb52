// Draws the app icon (build/icon.png, 512×512) with nothing but Node: a calendar card whose bars
// rise over a season in blocks of three with a down week between, then taper to a race flag.
// Run `node scripts/make-icon.mjs` after changing it; the PNG is committed.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const SIZE = 512;
const SAMPLES = 4; // 4×4 supersampling for smooth edges

const roundedRect = (x, y, x0, y0, x1, y1, r) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const mix = (a, b, t) => a.map((v, i) => v + (b[i] - v) * t);
const hex = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));

const TEAL_TOP = hex('#0f766e');
const TEAL_BOTTOM = hex('#134e4a');
const CARD = hex('#f8fafc');
const HEADER = hex('#f97316');
const BAR = hex('#14b8a6');
const BAR_DOWN = hex('#99f6e4');
const FLAG = hex('#f97316');
const POLE = hex('#334155');

// Weekly volume: three loading weeks, one down week, twice over, then the taper.
const weeks = [0.45, 0.55, 0.65, 0.42, 0.6, 0.72, 0.85, 0.55, 0.5, 0.35];
const chart = { x0: 120, x1: 360, y0: 214, y1: 392 };
const barWidth = (chart.x1 - chart.x0) / weeks.length;

function colourAt(x, y) {
  if (!roundedRect(x, y, 16, 16, 496, 496, 104)) return null;
  let colour = mix(TEAL_TOP, TEAL_BOTTOM, y / SIZE);
  if (roundedRect(x, y, 96, 112, 416, 424, 36)) {
    colour = y < 170 ? HEADER : CARD;
    // Binder rings over the header.
    for (const rx of [176, 336]) {
      if (roundedRect(x, y, rx - 12, 92, rx + 12, 146, 12)) colour = CARD;
    }
    const i = Math.floor((x - chart.x0) / barWidth);
    const week = weeks[i];
    const inBar = x - chart.x0 - i * barWidth;
    if (week !== undefined && inBar > 4 && inBar < barWidth - 4) {
      const top = chart.y1 - week * (chart.y1 - chart.y0);
      if (y >= top && y <= chart.y1) colour = i % 4 === 3 || i >= 8 ? BAR_DOWN : BAR;
    }
    // The race: a flag on a pole after the taper.
    if (x >= 368 && x <= 374 && y >= 230 && y <= 392) colour = POLE;
    if (x > 374 && y >= 230 && y <= 270 && x - 374 <= 34 - Math.abs(y - 250) * 0.8) colour = FLAG;
  }
  return colour;
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y += 1) {
  raw[y * (SIZE * 4 + 1)] = 0; // filter: none
  for (let x = 0; x < SIZE; x += 1) {
    let r = 0,
      g = 0,
      b = 0,
      a = 0;
    for (let sy = 0; sy < SAMPLES; sy += 1) {
      for (let sx = 0; sx < SAMPLES; sx += 1) {
        const c = colourAt(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES);
        if (!c) continue;
        r += c[0];
        g += c[1];
        b += c[2];
        a += 1;
      }
    }
    const o = y * (SIZE * 4 + 1) + 1 + x * 4;
    raw[o] = a ? Math.round(r / a) : 0;
    raw[o + 1] = a ? Math.round(g / a) : 0;
    raw[o + 2] = a ? Math.round(b / a) : 0;
    raw[o + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
mkdirSync('build', { recursive: true });
writeFileSync('build/icon.png', png);
console.log(`build/icon.png: ${SIZE}×${SIZE}, ${png.length} bytes`);
