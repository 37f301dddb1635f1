// The npm registry reachable here serves @biomejs/biome's Linux binaries but not its other platform packages,
// so `npm install` leaves them out of package-lock.json and `npm ci` then refuses the lock as "out of sync".
// This adds lock entries for the missing platforms; npm never installs them on Linux, so no tarball is needed.
// Run after changing dependencies: node scripts/lock-platforms.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const platforms = {
  'cli-win32-x64': { os: ['win32'], cpu: ['x64'] },
  'cli-win32-arm64': { os: ['win32'], cpu: ['arm64'] },
  'cli-darwin-x64': { os: ['darwin'], cpu: ['x64'] },
  'cli-darwin-arm64': { os: ['darwin'], cpu: ['arm64'] },
  'cli-linux-x64-musl': { os: ['linux'], cpu: ['x64'], libc: ['musl'] },
  'cli-linux-arm64-musl': { os: ['linux'], cpu: ['arm64'], libc: ['musl'] },
  'cli-android-x64': { os: ['android'], cpu: ['x64'] },
  'cli-android-arm64': { os: ['android'], cpu: ['arm64'] },
};
const biome = lock.packages['node_modules/@biomejs/biome'];
let added = 0;
if (biome) {
  for (const [name, target] of Object.entries(platforms)) {
    const key = `node_modules/@biomejs/${name}`;
    if (lock.packages[key]) continue;
    lock.packages[key] = {
      version: biome.version,
      cpu: target.cpu,
      dev: true,
      ...(target.libc ? { libc: target.libc } : {}),
      license: 'MIT OR Apache-2.0',
      optional: true,
      os: target.os,
      engines: { node: '>=14.21.3' },
    };
    added++;
  }
}
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock-platforms: added ${added} entries`);
