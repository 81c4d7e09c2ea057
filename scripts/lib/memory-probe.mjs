// Preloaded by the load test into the real `wirelint serve` process (`node --expose-gc --import
// <this file> bin/wirelint.js serve ...`), so the service itself carries no debug surface: asked
// 'memory' over the IPC channel, it forces full garbage collections and answers with
// process.memoryUsage(). Does nothing when the process has no IPC channel.
if (process.send) {
  process.on('message', (message) => {
    if (message !== 'memory') return
    const gc = globalThis.gc
    // Two passes, a turn of the event loop apart: the first frees what the second can then compact.
    gc?.()
    setTimeout(() => {
      gc?.()
      process.send?.({ memory: process.memoryUsage(), gc: typeof gc === 'function' })
    }, 50)
  })
  // The channel must not keep the service alive once it has stopped (SIGTERM).
  process.channel?.unref()
}
