import { checkstyle } from './checkstyle.js'
import { github } from './github.js'
import { html } from './html.js'
import { json } from './json.js'
import { sarif } from './sarif.js'
import { stylish } from './stylish.js'
import type { Formatter } from './types.js'

export type { FileResult, FormatContext, Formatter } from './types.js'

/** Output formats by `--format` name. */
export const formatters: Readonly<Record<string, Formatter>> = { stylish, json, sarif, github, checkstyle, html }

