#!/usr/bin/env node
// The `wirelint` command. Runs the compiled CLI bundled into one CommonJS file
// (dist/rules/wirelint-cli.cjs, built by `npm run build`, which `npm ci` runs through the `prepare`
// script; see scripts/bundle-cli.mjs: one file starts much faster than the few hundred modules it
// holds), from V8's code cache beside it when there is one (src/cli/code-cache.ts).
import { fileURLToPath } from 'node:url'
import { runBundledCli } from '../dist/src/cli/code-cache.js'

await runBundledCli(fileURLToPath(new URL('../dist/rules/wirelint-cli.cjs', import.meta.url)))
