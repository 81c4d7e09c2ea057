// The entry of the CLI bundle (dist/rules/wirelint-cli.cjs, scripts/bundle-cli.mjs): the command,
// and the task of its worker threads. A worker loads this same bundle through V8's code cache
// (dist/rules/wirelint-worker.js), so it starts without compiling the bundle again (issue 14:
// each worker spent a few hundred milliseconds compiling its own copy before its first story).
export { main } from './main.js'
export { default as lintTask } from './worker.js'
