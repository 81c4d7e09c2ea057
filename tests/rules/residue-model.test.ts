// The residue model file is checked on load (rules/lib/residue.ts parseResidueModel): a damaged or
// hand-edited model must fail with the field it got wrong, not score lines with NaN.
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { parseResidueModel } from '../../rules/lib/residue.js'

const shipped = JSON.parse(readFileSync(new URL('../../rules/data/residue-model.json', import.meta.url), 'utf8')) as Record<string, unknown>
const copy = (): Record<string, any> => JSON.parse(JSON.stringify(shipped)) as Record<string, any>

describe('parseResidueModel', () => {
  test('the shipped model parses with its hidden layer and tail model', () => {
    const model = parseResidueModel(shipped)
    expect(model.hidden?.length).toBeGreaterThan(0)
    expect(Number.isFinite(model.threshold)).toBe(true)
    expect(Number.isFinite(model.tail.threshold)).toBe(true)
  })

  test.each([
    ['a hidden weight that is a string', (m: Record<string, any>) => { m.hidden[3].bias = '0.5' }, 'model.hidden.3.bias'],
    ['an output weight that is null', (m: Record<string, any>) => { m.weights.h0 = null }, 'model.weights.h0'],
    ['a tail without a threshold', (m: Record<string, any>) => { delete m.tail.threshold }, 'tail.threshold'],
    ['a hidden layer that is not an array', (m: Record<string, any>) => { m.hidden = {} }, 'model.hidden'],
    ['no description', (m: Record<string, any>) => { delete m.description }, 'description'],
  ])('%s is refused, naming the field', (_name, damage, field) => {
    const model = copy()
    damage(model)
    expect(() => parseResidueModel(model)).toThrow(field)
  })
})
