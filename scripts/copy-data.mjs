// Copies rules/data/*.json beside the compiled rules (dist/rules/data), where readJsonData looks.
import { cpSync, existsSync } from 'node:fs'

if (existsSync('rules/data')) cpSync('rules/data', 'dist/rules/data', { recursive: true })
