#!/usr/bin/env node
// The `wirelint` command. Runs the compiled CLI (dist/, built by `npm run build`, which `npm ci`
// runs through the `prepare` script).
import { main } from '../dist/src/cli/main.js'

await main()
