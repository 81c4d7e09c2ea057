import { packageVersion } from '../version.js'
import { drainingWriter } from './ndjson.js'
import { runCli } from './run.js'

/** The `wirelint` command: runs the CLI on process arguments and exits with its status. */
export async function main(): Promise<void> {
  let writer: ((text: string) => Promise<void>) | undefined
  const code = await runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => {
      if (process.stdin.isTTY) return undefined
      const chunks: Buffer[] = []
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
      return Buffer.concat(chunks)
    },
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    stderrColumns: process.stderr.columns,
    stdinStream: () => process.stdin,
    writeStdout: (text) => (writer ??= drainingWriter(process.stdout))(text),
    version: packageVersion(),
  })
  process.exitCode = code
}
