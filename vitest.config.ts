import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    reporters: ['default', './tests/helpers/closing-line.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Spawned-binary and tmux tests are process-heavy; two cores.
    pool: 'forks',
    maxWorkers: 2,
    // One worker process runs many files (no test mocks modules or changes process state): a fresh process and
    // module graph per file cost ~0.2 s of CPU each, some 10 s over the suite.
    isolate: false,
    env: { NO_COLOR: '1', TZ: 'Europe/Amsterdam' },
  },
});
