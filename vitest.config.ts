import { configDefaults, defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // Set-up and clean-up (a build, an installed package's folder) can take longer on a busy machine.
    hookTimeout: 60_000,
    // Rebuilds dist/ when a source is newer (CLI, server and example tests run the compiled code).
    globalSetup: ['tests/global-setup.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, 'tests/package/**', 'tests/server/load.test.ts'] },
      },
      {
        // The HTTP service under 20,000 requests (about 30 s): alone, after the other projects, so it
        // neither slows their tests nor is slowed by them.
        extends: true,
        test: { name: 'load', include: ['tests/server/load.test.ts'], testTimeout: 300_000, sequence: { groupOrder: 1 } },
      },
      {
        // npm pack + npm install into an empty project: slow, so it can be run (or skipped) alone.
        extends: true,
        test: { name: 'package', include: ['tests/package/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
      },
    ],
  },
})
