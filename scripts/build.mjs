// Bundles the CLI so start-up reads ONE file: dist/cli.js holds everything `reflect list/show/search/--version`
// load (src/cli.ts and its static imports, commander, chalk, better-sqlite3's JavaScript), with no static
// imports of other chunks. Everything reached only through `import()` (inquirer, yaml, zod, chrono, analysis,
// export) lives in dist/chunks/ and is loaded when a command needs it.
//
// Why three passes: esbuild's code splitting moves every module that start-up shares with a lazy chunk into
// a shared chunk of its own, and each extra file costs start-up ≈ 0.3-0.5 ms to resolve, read and link
// (19 of them cost list ≈ 0.1× node; see ../shared/PERFORMANCE.md and bench/). So:
//   1. analyse: which modules src/cli.ts loads statically (the core) and which it reaches via import();
//   2. lazy: bundle the import() targets with splitting; their imports of core modules become imports of
//      dist/cli.js itself, by the same names (one module instance: `instanceof UserError`, chalk's level and
//      cached statements stay shared; the build refuses two such modules exporting one name);
//   3. core: bundle src/cli.ts into dist/cli.js without splitting, exporting what the lazy chunks import and
//      pointing each import() at its lazy chunk.

import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const common = {
  absWorkingDir: ROOT,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // better-sqlite3's JavaScript is bundled; its native addon is loaded from the installed package
  // (src/store/db.ts passes `nativeBinding`). `bindings` stays external: only a fallback uses it.
  external: ['bindings'],
  // CommonJS dependencies bundled into ESM need a real `require` for node built-ins.
  banner: {
    js: "import { createRequire as __reflectCreateRequire } from 'node:module'; const require = __reflectCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
};

/**
 * Node built-ins that dependencies load eagerly but reflect's commands rarely need, replaced by stand-ins that
 * behave the same and load the real module on first use:
 * - commander requires node:child_process (≈ 3 ms: net, dgram, streams) only to run executable subcommands,
 *   which reflect has none of;
 * - chalk's `import process from 'node:process'` makes node build the module's ESM facade, which reads every
 *   property of `process`, creating stdin and stderr (≈ 2 ms); the global `process` is the same object;
 * - chalk asks `tty.isatty(1)` and `(2)` when it loads, and node:tty pulls in net (≈ 1.5 ms) even when
 *   output goes to a file; `process.stdout.isTTY` is the same answer (node makes a tty stream exactly then).
 */
const STAND_INS = {
  commander: {
    child_process:
      "let m; module.exports = new Proxy({}, { get: (_, key) => (m ??= require('node:child_process'))[key] });",
  },
  chalk: {
    process: 'export default process;',
    tty: `export default {
  isatty: (fd) => fd === 1 ? process.stdout.isTTY === true : fd === 2 ? process.stderr.isTTY === true : require('node:tty').isatty(fd),
};`,
  },
};
const standIns = {
  name: 'stand-ins',
  setup(b) {
    b.onResolve({ filter: /^(node:)?(child_process|process|tty)$/ }, ({ path, importer }) => {
      const pkg = /[/\\]node_modules[/\\]([^/\\]+)[/\\]/.exec(importer)?.[1];
      const name = path.replace(/^node:/, '');
      return STAND_INS[pkg]?.[name] ? { path: `${pkg}/${name}`, namespace: 'stand-in' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'stand-in' }, ({ path }) => {
      const [pkg, name] = path.split('/');
      return { contents: STAND_INS[pkg][name], loader: 'js' };
    });
  },
};

/** The names each module exports; refuses CommonJS and a name exported by two of them. */
async function exportsOf(paths) {
  const scan = await build({
    absWorkingDir: ROOT,
    entryPoints: paths,
    outdir: '/nonexistent',
    outbase: '/',
    bundle: false,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
  });
  const names = new Map();
  const owner = new Map();
  for (const output of Object.values(scan.metafile.outputs)) {
    if (!output.entryPoint) continue;
    const path = resolve(ROOT, output.entryPoint);
    if (scan.metafile.inputs[output.entryPoint]?.format === 'cjs') {
      throw new Error(
        `${output.entryPoint} is CommonJS and loaded at start-up: import it from lazy code through src/`,
      );
    }
    for (const name of output.exports) {
      if (owner.has(name)) {
        throw new Error(
          `${name} is exported by both ${owner.get(name)} and ${output.entryPoint}, which lazily loaded code shares with start-up: rename one`,
        );
      }
      owner.set(name, output.entryPoint);
    }
    names.set(path, output.exports);
  }
  return names;
}

/** An onResolve hook that sees each import once (its own `build.resolve` calls are passed through). */
function onEveryImport(build, handle) {
  build.onResolve({ filter: /.*/ }, async (args) => {
    if (args.pluginData?.inner || args.namespace !== 'file') return undefined;
    const resolved = await build.resolve(args.path, {
      kind: args.kind,
      importer: args.importer,
      resolveDir: args.resolveDir,
      pluginData: { inner: true },
    });
    if (resolved.errors.length > 0 || resolved.external) return undefined;
    return handle(args, resolved.path);
  });
}

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

// 1. Analyse.
const lazyRoots = new Set();
const analysis = await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  outdir: 'dist',
  write: false,
  metafile: true,
  plugins: [
    standIns,
    {
      name: 'defer-dynamic-imports',
      setup(b) {
        onEveryImport(b, (args, path) => {
          if (args.kind !== 'dynamic-import') return undefined;
          lazyRoots.add(path);
          return { path, external: true };
        });
      },
    },
  ],
});
const core = new Set(Object.keys(analysis.metafile.inputs).map((input) => resolve(ROOT, input)));
for (const path of core) lazyRoots.delete(path);

// 2. Lazy chunks. An import of a core module becomes an import of dist/cli.js with the same names (so
// dist/cli.js exports them, and no two core modules that lazy code imports may export the same name).
const shared = new Set();
const lazy = await build({
  ...common,
  entryPoints: [...lazyRoots],
  outdir: 'dist/chunks',
  entryNames: '[name]-[hash]',
  chunkNames: '[name]-[hash]',
  splitting: true,
  sourcemap: 'linked',
  metafile: true,
  plugins: [
    standIns,
    {
      name: 'core-from-cli-js',
      setup(b) {
        onEveryImport(b, (_args, path) => {
          // Data (package.json) is copied, not shared.
          if (!core.has(path) || !/\.[cm]?[jt]s$/.test(path)) return undefined;
          shared.add(path);
          return { path: '../cli.js', external: true };
        });
      },
    },
  ],
});
const sharedExports = await exportsOf([...shared, resolve(ROOT, 'src/cli.ts')]);
const lazyOutput = new Map();
for (const [file, output] of Object.entries(lazy.metafile.outputs)) {
  if (output.entryPoint)
    lazyOutput.set(resolve(ROOT, output.entryPoint), `./chunks/${file.split('/').pop()}`);
}

// 3. The core: dist/cli.js.
const barrel = [...sharedExports]
  .map(([path, names]) =>
    path.endsWith('src/cli.ts')
      ? `export * from ${JSON.stringify(path)};`
      : `export { ${names.join(', ')} } from ${JSON.stringify(path)};`,
  )
  .join('\n');
await build({
  ...common,
  stdin: { contents: barrel, resolveDir: ROOT, sourcefile: 'reflect-core.js', loader: 'js' },
  outfile: 'dist/cli.js',
  sourcemap: 'linked',
  plugins: [
    standIns,
    {
      name: 'import-lazy-chunks',
      setup(b) {
        onEveryImport(b, (args, path) => {
          if (args.kind !== 'dynamic-import' || core.has(path)) return undefined;
          if (!lazyOutput.has(path)) throw new Error(`no lazy chunk was built for ${path}`);
          return { path: lazyOutput.get(path), external: true };
        });
      },
    },
  ],
});
