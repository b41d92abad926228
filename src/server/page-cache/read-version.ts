/**
 * Reads the content version through this server's own route (src/app/(payload)/api/site-version,
 * one row): every web process asks the one database, so they all see the same version. Before the
 * first change it is ''.
 */
export const readSiteVersion = (origin: () => string) => async (): Promise<string> => {
  const res = await fetch(`${origin()}/api/site-version`, {
    signal: AbortSignal.timeout(5000),
  })
  if (!res.ok) {
    await res.arrayBuffer()
    throw new Error(`the site version could not be read (${res.status})`)
  }
  const { version } = (await res.json()) as { version?: null | string }
  return version ?? ''
}
