// The HTTP service under 20,000 mixed requests (issue 7): scripts/load-test.ts, also run alone by
// `npm run test:load`. It starts the real `wirelint serve` from bin/ (npm test builds dist/ first)
// on 127.0.0.1 and takes about 20-30 s on two cores.
import { expect, test } from 'vitest'
import { runLoadTest } from '../../scripts/load-test.js'

test('20,000 mixed requests: no 5xx, expected statuses, slow clients cut off, no crash, memory back to baseline', async () => {
  const lines: string[] = []
  const report = await runLoadTest({ log: (line) => lines.push(line) })
  // The figures, in the test output and the CI log.
  console.log(lines.join('\n'))
  expect(report.failures).toEqual([])
  expect(report.requests).toBe(20_000)
  const statuses = Object.values(report.outcomes).flatMap((byResult) => Object.keys(byResult))
  expect(statuses.filter((s) => !/^[234]\d\d$/u.test(s))).toEqual([])
}, 300_000)
