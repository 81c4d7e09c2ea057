/** Levenshtein distance between two short strings, or `limit + 1` once it is sure to exceed `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1))
      current.push(value)
      if (value < best) best = value
    }
    if (best > limit) return limit + 1
    previous = current
  }
  return previous[b.length] ?? limit + 1
}

/**
 * The known name a mistyped one most likely meant, for a "did you mean" hint: the closest by edit
 * distance (ignoring case, `_` for `-`), at most 2 edits away, or a third of the name for longer
 * names; `undefined` when nothing is that close or two names tie.
 */
export function didYouMean(typed: string, known: Iterable<string>): string | undefined {
  const wanted = typed.toLowerCase().replace(/_/gu, '-')
  const limit = Math.max(2, Math.floor(wanted.length / 3))
  let best: string | undefined
  let bestDistance = limit + 1
  let tie = false
  for (const name of known) {
    const d = name.replace(/-/gu, '') === wanted.replace(/-/gu, '') ? 0 : distance(wanted, name.toLowerCase(), limit)
    if (d < bestDistance) {
      best = name
      bestDistance = d
      tie = false
    } else if (d === bestDistance) tie = true
  }
  return best !== undefined && !tie && bestDistance <= limit ? best : undefined
}
