// Draws the app icons (public/icons/*.png) from geometry, so no image tool is needed. Run by hand
// after changing the design: `node scripts/make-icons.mjs`. Neutral on purpose: a calm square with a
// ring and a dot, nothing that says what the app is about.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const BG = [0x2b, 0x5d, 0x63];
const FG = [0xf7, 0xf5, 0xf0];

function crc32(buf) {
  let c,
    crc = 0xffffffff;
  for (const b of buf) {
    c = (crc ^ b) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, { maskable }) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  const c = size / 2;
  const scale = maskable ? 0.8 : 1; // maskable icons keep their shape inside the safe zone
  const corner = maskable ? 0 : size * 0.18;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const px = x + 0.5,
        py = y + 0.5;
      // rounded square coverage
      const dx = Math.max(corner - px, px - (size - corner), 0);
      const dy = Math.max(corner - py, py - (size - corner), 0);
      const inSquare = corner === 0 ? 1 : Math.min(1, Math.max(0, corner - Math.hypot(dx, dy) + 0.5));
      const r = Math.hypot(px - c, py - c) / (size * scale);
      const ring = Math.min(1, Math.max(0, 0.045 - Math.abs(r - 0.27)) * size * scale * 1);
      const dot = Math.min(1, Math.max(0, (0.09 - r) * size * scale));
      const fg = Math.min(1, ring + dot);
      const i = y * (size * 4 + 1) + 1 + x * 4;
      for (let k = 0; k < 3; k++) raw[i + k] = Math.round(BG[k] * (1 - fg) + FG[k] * fg);
      raw[i + 3] = Math.round(255 * inSquare);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const out = new URL('../public/icons/', import.meta.url);
writeFileSync(new URL('icon-192.png', out), png(192, { maskable: false }));
writeFileSync(new URL('icon-512.png', out), png(512, { maskable: false }));
writeFileSync(new URL('icon-maskable-512.png', out), png(512, { maskable: true }));
writeFileSync(
  new URL('icon.svg', out),
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" rx="18" fill="#2b5d63"/><circle cx="50" cy="50" r="27" fill="none" stroke="#f7f5f0" stroke-width="9"/><circle cx="50" cy="50" r="9" fill="#f7f5f0"/></svg>\n`,
);
