// Renders public/icon.svg to the PNG sizes browsers and phones ask for, and a favicon.ico that
// embeds the 32 px PNG (ICO allows PNG entries): `node scripts/make-icons.mjs` after editing the SVG.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
const svg = readFileSync('public/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage();
const png = {};
for (const size of [32, 180, 192, 512]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  png[size] = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}
await browser.close();
writeFileSync('public/apple-touch-icon.png', png[180]);
writeFileSync('public/icon-192.png', png[192]);
writeFileSync('public/icon-512.png', png[512]);
const header = Buffer.alloc(22);
header.writeUInt16LE(0, 0); header.writeUInt16LE(1, 2); header.writeUInt16LE(1, 4);
header.writeUInt8(32, 6); header.writeUInt8(32, 7); header.writeUInt16LE(1, 10); header.writeUInt16LE(32, 12);
header.writeUInt32LE(png[32].length, 14); header.writeUInt32LE(22, 18);
writeFileSync('public/favicon.ico', Buffer.concat([header, png[32]]));
