// One linter: the API, the CLI, the HTTP service's workers and the retext plugin all lint through
// createLinter, which resolves the configuration and parses every rule's options once per
// configuration and override set, then runs rules on the story model.
import type { VFileMessage } from 'vfile-message'
import { registryWith } from '../config/presets.js'
import { type LoadedConfig, layersFor, resolveRules, type RuleLayer, validateConfig, validateRuleSettings } from '../config/resolve.js'
import type { ConfigInput, RuleEntry } from '../config/schema.js'
import type { Rule } from '../rule/types.js'
import type { Diagnostic } from './diagnostic.js'
import { fixText, type FixResult } from './fix.js'
import { type ActiveRule, runOnStory, stripBom } from './run.js'
import { createStory, type StoryFields } from './story/index.js'
import type { TemplateIndex } from './template.js'

/** What a linter is made from. */
export interface LinterOptions {
  /**
   * A configuration: an object as written in `.wirelintrc.json` (validated here, errors located
   * at `<options>`), or one already loaded by `loadConfigFile`/`discoverConfig`. Default: the
   * `recommended` preset.
   */
  readonly config?: ConfigInput | LoadedConfig | undefined
  /** Third-party rules, used exactly like built-in ones. */
  readonly plugins?: readonly Rule[] | undefined
  /** Rule settings applied last, like `--rule` flags; validated like a configuration's `rules`. */
  readonly rules?: Readonly<Record<string, RuleEntry>> | undefined
  /** Where the `rules` setting came from, for error messages (default `<options>`). */
  readonly rulesSource?: string
  /**
   * The directory relative story paths are resolved from (for `overrides`), and that an inline
   * configuration's override globs are relative to. Default: the working directory.
   */
  readonly cwd?: string
}

/** A configured linter; reuse it for many stories. */
export interface Linter {
  /** The rules it knows: built-in ones and plugins, sorted by id. */
  readonly registry: readonly Rule[]
  /** The validated configuration. */
  readonly config: LoadedConfig
  /** The rules on for a story at `filePath` (for `overrides`), with parsed options. */
  rulesFor(filePath?: string): readonly ActiveRule[]
  /**
   * Lints a story (a leading BOM is skipped); diagnostics sorted by position, one per defect.
   */
  lint(text: string, filePath?: string, context?: LintContext): Diagnostic[]
  /** The same findings as vfile messages (for unified pipelines). */
  lintMessages(text: string, filePath?: string, context?: LintContext): VFileMessage[]
  /** Applies safe fixes until stable (at most 10 passes); a leading BOM is kept. */
  fix(text: string, filePath?: string, context?: LintContext): FixResult
}

/** What a linter may know of a story beyond its text. */
export interface LintContext {
  /** Parts a file format names (the headline), instead of guessing them from the layout. */
  readonly fields?: StoryFields | undefined
  /** The lines recurring across the stories linted together (see `createTemplateIndex`). */
  readonly template?: TemplateIndex | undefined
}

function isLoaded(config: ConfigInput | LoadedConfig | undefined): config is LoadedConfig {
  return config !== undefined && config !== null && typeof config === 'object' && 'layers' in config && 'source' in config
}

/** Creates a linter: validates the configuration and parses rule options once. */
export function createLinter(options: LinterOptions = {}): Linter {
  const registry = registryWith(options.plugins)
  const loaded = isLoaded(options.config) ? options.config : validateConfig(options.config ?? {}, '<options>', options.cwd ?? process.cwd(), registry)
  const extra: RuleLayer | undefined = options.rules === undefined ? undefined : validateRuleSettings(options.rules, options.rulesSource ?? '<options>', registry)
  const resolved = new Map<string, readonly ActiveRule[]>()

  const rulesFor = (filePath?: string): readonly ActiveRule[] => {
    const indices = layersFor(loaded, filePath, options.cwd)
    const key = indices.join(',')
    let active = resolved.get(key)
    if (!active) {
      const layers = indices.map((i) => loaded.layers[i]).filter((l): l is RuleLayer => l !== undefined)
      if (extra) layers.push(extra)
      active = Object.freeze(resolveRules(registry, loaded.config, layers))
      resolved.set(key, active)
    }
    return active
  }

  const findings = (text: string, filePath?: string, context: LintContext = {}) => {
    if (typeof text !== 'string') throw new TypeError(`Unexpected \`text\` of type ${text === null ? 'null' : typeof text}, expected a string`)
    return runOnStory(createStory(stripBom(text), context.fields), rulesFor(filePath), filePath, context.template)
  }
  const lint = (text: string, filePath?: string, context?: LintContext): Diagnostic[] => findings(text, filePath, context).map((f) => f.diagnostic)

  return Object.freeze({
    registry,
    config: loaded,
    rulesFor,
    lint,
    lintMessages: (text: string, filePath?: string, context?: LintContext) => findings(text, filePath, context).map((f) => f.message),
    fix: (text: string, filePath?: string, context?: LintContext) => {
      if (typeof text !== 'string') throw new TypeError(`Unexpected \`text\` of type ${text === null ? 'null' : typeof text}, expected a string`)
      return fixText(text, (current) => lint(current, filePath, context))
    },
  })
}
