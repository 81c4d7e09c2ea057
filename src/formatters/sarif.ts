import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ArtifactLocation, Location, Log, Region, ReportingDescriptor, Result } from 'sarif'
import type { Diagnostic, RelatedLocation } from '../engine/diagnostic.js'
import { ruleUrl } from '../rule/define-rule.js'
import type { DiagnosticSeverity, Rule } from '../rule/types.js'
import { packageVersion, repositoryUrl } from '../version.js'
import type { Formatter } from './types.js'

const levels: Readonly<Record<DiagnosticSeverity, Result.level>> = { error: 'error', warning: 'warning', info: 'note' }

/** The base URI id that relative artifact URIs resolve against (the working directory). */
const srcRoot = '%SRCROOT%'

/** Percent-encodes each segment of a relative path, keeping `/` separators. */
function encodeSegments(relative: string): string {
  return relative
    .split(path.sep)
    .map((segment) => encodeURIComponent(segment))
    .join('/')
}

/** Where a file is: relative to `%SRCROOT%` when it lies under cwd, else an absolute file URL. */
function artifactOf(file: string, cwd: string): ArtifactLocation {
  const absolute = path.resolve(cwd, file)
  const relative = path.relative(cwd, absolute)
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(absolute).href }
  return { uri: encodeSegments(relative), uriBaseId: srcRoot }
}

function regionOf(place: Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn' | 'offset' | 'endOffset' | 'actual'>): Region {
  return {
    startLine: place.line,
    startColumn: place.column,
    endLine: place.endLine,
    endColumn: place.endColumn,
    charOffset: place.offset,
    charLength: place.endOffset - place.offset,
    snippet: { text: place.actual },
  }
}

function ruleDescriptor(rule: Rule): ReportingDescriptor {
  const { meta } = rule
  return {
    id: meta.id,
    shortDescription: { text: meta.description },
    fullDescription: { text: meta.rationale },
    helpUri: ruleUrl(meta.id),
    help: { text: `${meta.description}. ${meta.rationale} See ${ruleUrl(meta.id)}` },
    defaultConfiguration: { level: levels[meta.severity], enabled: meta.recommended !== false },
    properties: { category: meta.category, kind: meta.kind, fix: meta.fix, tags: [meta.category] },
  }
}

function relatedLocation(related: RelatedLocation, artifact: ArtifactLocation): Location {
  return { id: 0, message: { text: related.message }, physicalLocation: { artifactLocation: artifact, region: regionOf(related) } }
}

function resultOf(d: Diagnostic, artifact: ArtifactLocation, ruleIndex: ReadonlyMap<string, number>): Result {
  const result: Result = {
    ruleId: d.ruleId,
    level: levels[d.severity],
    message: { text: d.message },
    locations: [{ physicalLocation: { artifactLocation: artifact, region: regionOf(d) } }],
  }
  const index = ruleIndex.get(d.ruleId)
  if (index !== undefined) result.ruleIndex = index
  const replacement = d.expected[0]
  if (replacement !== undefined) {
    const { snippet: _snippet, ...deletedRegion } = regionOf(d)
    result.fixes = [
      {
        description: { text: replacement === '' ? `Remove \`${d.actual}\`` : `Replace \`${d.actual}\` with \`${replacement}\`` },
        artifactChanges: [{ artifactLocation: artifact, replacements: [{ deletedRegion, insertedContent: { text: replacement } }] }],
      },
    ]
  }
  if (d.related) result.relatedLocations = [relatedLocation(d.related, artifact)]
  if (d.note) result.properties = { note: d.note }
  if (d.subsumedBy) {
    const by = d.subsumedBy
    result.suppressions = [{ kind: 'external', justification: `Inside text that \`${by.ruleId}\` at ${by.line}:${by.column} deletes` }]
  }
  return result
}

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run whose driver lists the
 * available rules (help URI, short and full description); one result per diagnostic with its
 * region (UTF-16 columns and char offsets), snippet, related location and, for a safe
 * `expected[0]`, a fix.
 */
export const sarif: Formatter = (results, { rules, cwd }) => {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.meta.id, index]))
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'wirelint',
            version: packageVersion(),
            semanticVersion: packageVersion(),
            informationUri: repositoryUrl(),
            rules: rules.map(ruleDescriptor),
          },
        },
        originalUriBaseIds: { [srcRoot]: { uri: pathToFileURL(cwd.endsWith(path.sep) ? cwd : `${cwd}${path.sep}`).href } },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((r) => {
          const artifact = artifactOf(r.file, cwd)
          return r.diagnostics.map((d) => resultOf(d, artifact, ruleIndex))
        }),
      },
    ],
  }
  return `${JSON.stringify(log, null, 2)}\n`
}
