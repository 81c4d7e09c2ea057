// The CLI's first pass over three or more files: reads each and fingerprints its lines into a
// TemplateIndex (src/engine/template.ts), so that lines recurring across the stories can be told
// apart as page template in the second, linting pass. A file that cannot be read is skipped here;
// the linting pass reports it.
import { createTemplateIndex, type TemplateIndex, templateMinStories } from '../engine/template.js'
import { InputError, type ReadOptions, readStory } from '../io.js'

/** The template index of the files, or `undefined` when fewer than three can be compared. */
export async function templatePass(files: readonly string[], options: ReadOptions): Promise<TemplateIndex | undefined> {
  if (files.length < templateMinStories) return undefined
  const texts: string[] = []
  for (const file of files) {
    try {
      texts.push(await readStory(file, options))
    } catch (error) {
      if (!(error instanceof InputError)) throw error
    }
  }
  return texts.length >= templateMinStories ? createTemplateIndex(texts) : undefined
}
