/// <reference lib="dom" />
// page.evaluate callbacks run in the page, with its DOM.
/**
 * The PWA's PNG icons, drawn by Chromium from web/public/icons/icon.svg (`bash web/e2e/run.sh
 * icons`): 192 and 512 px with the rounded corners transparent, and a maskable 512 px one whose
 * background fills the square (the launcher cuts its own shape; the glyph sits in the safe zone).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openBrowser } from './browser.js';

const DIR = 'web/public/icons';
const svg = readFileSync(join(DIR, 'icon.svg'), 'utf8');
// The outer rounded square made square: the only change a maskable icon needs here.
const fullBleed = svg.replace(/(<rect width="512" height="512") rx="\d+"/, '$1');
if (fullBleed === svg) throw new Error('icon.svg changed shape: update the maskable variant in web/e2e/icons.ts');

const icons = [
  { file: 'icon-192.png', size: 192, source: svg },
  { file: 'icon-512.png', size: 512, source: svg },
  { file: 'icon-maskable-512.png', size: 512, source: fullBleed },
];

const browser = await openBrowser();
try {
  for (const { file, size, source } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const src = `data:image/svg+xml;base64,${Buffer.from(source).toString('base64')}`;
    await page.setContent(
      `<body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: join(DIR, file), omitBackground: true });
    await page.close();
    process.stdout.write(`${join(DIR, file)}\n`);
  }
} finally {
  await browser.close();
}
