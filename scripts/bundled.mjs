/**
 * Runs one of the app's TypeScript entry points (`node scripts/bundled.mjs scripts/worker.ts`) on
 * plain Node: esbuild bundles the app's own code (packages stay in node_modules) and Node imports
 * the bundle. Under tsx a long-running process keeps a TypeScript loader and every transpiled
 * module's source map for its whole life; the bundle costs one build of about a second at start.
 *
 * The bundle is written beside package.json, so that `import.meta.url` in payload.config.ts still
 * names the app's folder. Its source map is written too: NODE_OPTIONS=--enable-source-maps maps
 * stack traces back to the TypeScript files, at the price of the memory tsx would take.
 */
import { build } from 'esbuild'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const entry = process.argv[2]
if (!entry?.endsWith('.ts')) {
  console.error('Usage: node scripts/bundled.mjs <entry point>.ts')
  process.exit(2)
}
const root = path.resolve(import.meta.dirname, '..')
const outfile = path.join(root, `.${path.basename(entry, '.ts')}.bundle.mjs`)

const { outputFiles } = await build({
  bundle: true,
  entryPoints: [path.resolve(root, entry)],
  format: 'esm',
  logLevel: 'warning',
  outfile,
  packages: 'external',
  platform: 'node',
  sourcemap: 'linked',
  target: 'node20',
  tsconfig: path.join(root, 'tsconfig.json'),
  write: false,
})
// Each file renamed into place whole: several processes may start at once (two web servers, or a
// web server and the worker after a deploy), and none may import another's half-written bundle.
// The source map goes first, so the bundle never points to a map that is not there yet.
for (const file of outputFiles.sort((a, b) => b.path.length - a.path.length)) {
  const temporary = `${file.path}.${process.pid}.tmp`
  fs.writeFileSync(temporary, file.contents)
  fs.renameSync(temporary, file.path)
}
await import(pathToFileURL(outfile).href)
