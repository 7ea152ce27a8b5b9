import { chromium } from 'playwright-core';
import { serve } from '/work/main/scripts/serve.mjs';
const { server, url } = await serve('/work/main');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 1000, height: 1800 } });
await p.goto(`${url}/examples/${process.argv[2] ?? 'index.html'}`);
await p.waitForTimeout(1500);
await p.screenshot({ path: process.argv[3] ?? '/tmp/shot.png', fullPage: true });
await b.close(); server.close();
