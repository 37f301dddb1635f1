// Bundles the CLI so start-up resolves a handful of files instead of hundreds
// (measured: 1.56x -> 1.40x of `node -e 0`, see ../shared/PERFORMANCE.md).
// Code splitting keeps lazily imported modules (inquirer, chrono, yaml, analysis) out of the hot path.

import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  // Native addon: must stay a real package.
  external: ['better-sqlite3'],
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS dependencies bundled into ESM need a real `require` for node built-ins.
  banner: {
    js: "import { createRequire as __reflectCreateRequire } from 'node:module'; const require = __reflectCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
