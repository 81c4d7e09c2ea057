import { configDefaults, defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, 'tests/package/**'] },
      },
      {
        // npm pack + npm install into an empty project: slow, so it can be run (or skipped) alone.
        extends: true,
        test: { name: 'package', include: ['tests/package/**/*.test.ts'], testTimeout: 120_000 },
      },
    ],
  },
})
