// Runs the bundled CLI once on the story named in the arguments and saves V8's code cache beside
// the bundle (dist/rules/wirelint-cli.cache; see src/cli/code-cache.ts). Called by
// scripts/bundle-cli.mjs at the end of `npm run build`.
import { fileURLToPath } from 'node:url'
import { runBundledCli } from '../dist/src/cli/code-cache.js'

await runBundledCli(fileURLToPath(new URL('../dist/rules/wirelint-cli.cjs', import.meta.url)), true)
