import type { VFile } from 'vfile'
import type { Story } from './types.js'

/** Where the engine keeps the story on a file. */
export interface StoryData {
  readonly story: Story & { readonly point: (offset: number) => { line: number; column: number; offset: number } }
}

declare module 'vfile' {
  interface DataMap {
    wirelint: StoryData
  }
}

/** The story the engine attached to `file`; throws when a rule runs outside the engine. */
export function storyOf(file: VFile): StoryData['story'] {
  const data = file.data.wirelint
  if (!data) throw new Error('wirelint rule ran on a file without a story: run it through the wirelint engine')
  return data.story
}
