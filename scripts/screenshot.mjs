// Takes a full-page screenshot of a page of this project in Debian's Chromium, to look at
// what a person sees: node scripts/screenshot.mjs examples/index.html /tmp/shot.png [width]
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const [page = 'examples/index.html', out = 'screenshot.png', width = '1000'] = process.argv.slice(2);
const { server, url } = await serve('.');
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const tab = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  await tab.goto(`${url}/${page}`);
  await tab.waitForLoadState('networkidle');
  await tab.screenshot({ path: out, fullPage: true });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  server.close();
}
