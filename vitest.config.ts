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
    env: { NO_COLOR: '1', TZ: 'Europe/Amsterdam' },
  },
});
