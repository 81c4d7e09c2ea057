#!/usr/bin/env node
// The `wirelint` command. Runs the compiled CLI bundled into one module (dist/rules/wirelint-cli.js,
// built by `npm run build`, which `npm ci` runs through the `prepare` script; see
// scripts/bundle-cli.mjs: one file starts much faster than the few hundred modules it holds).
import { main } from '../dist/rules/wirelint-cli.js'

await main()
