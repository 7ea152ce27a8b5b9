// npm run build: the npm modules with their declarations, the CDN bundle, and the custom
// elements manifest. Each step's failure stops the build with a non-zero exit.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;
const run = (cmd, args) => execFileSync(bin(cmd), args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('rollup', ['-c', 'rollup.config.js', '--silent']);
run('tsc', ['-p', 'tsconfig.build.json']);
run('cem', ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
console.log('built dist/npm/, dist/civic-report-kit.js and custom-elements.json');
