// The story's words grouped by spelling, built once per story on first use. Rules that compare a
// word with its other uses in the story (`district` beside `Districts`, a capitalised word against
// its lower-case twin) look them up here: scanning every word of the story for each candidate made
// a large file cost quadratic time (issue 14).
import type { Story, Word } from '../../src/rule/types.js'

const byText = new WeakMap<Story, Map<string, Word[]>>()
const byNormal = new WeakMap<Story, Map<string, Word[]>>()

function indexOf(story: Story, cache: WeakMap<Story, Map<string, Word[]>>, key: (word: Word) => string): Map<string, Word[]> {
  let index = cache.get(story)
  if (!index) {
    index = new Map()
    for (const word of story.words) {
      const k = key(word)
      const list = index.get(k)
      if (list) list.push(word)
      else index.set(k, [word])
    }
    cache.set(story, index)
  }
  return index
}

/** The story's words spelled exactly `text`, in story order. */
export function wordsSpelled(story: Story, text: string): readonly Word[] {
  return indexOf(story, byText, (w) => w.text).get(text) ?? []
}

/**
 * The story's words whose normal form is `normal`, in story order: every word whose text equals a
 * normal form (a lower-case use) or another spelling of the same word is among them.
 */
export function wordsNormalised(story: Story, normal: string): readonly Word[] {
  return indexOf(story, byNormal, (w) => w.normal).get(normal) ?? []
}
