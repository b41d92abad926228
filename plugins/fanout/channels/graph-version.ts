/**
 * The Graph API version every call names. Meta keeps a version for about two years after the next
 * one comes out and then answers it as the oldest version still alive, which can change field
 * behaviour under us: move this forward (and run the fan-out tests) when Meta dates its end.
 */
export const GRAPH_API_VERSION = 'v26.0'

/** End of life of the versions Meta has dated (Graph API changelog), so a pinned old one is noticed. */
const END_OF_LIFE: Record<string, string> = {
  'v19.0': '2026-05-21',
  'v20.0': '2026-09-24',
  'v21.0': '2027-01-21',
  'v22.0': '2027-05-20',
  'v23.0': '2027-10-08',
  'v24.0': '2028-02-18',
  'v25.0': '2028-07-29',
}

/** Null while `version` is supported on `now`; otherwise why it should not be used. */
export const graphVersionProblem = (version: string, now = new Date()): null | string => {
  const match = /^v(\d+)\.\d+$/.exec(version)
  if (!match) return `"${version}" is not a Graph API version (expected e.g. ${GRAPH_API_VERSION}).`
  const end = END_OF_LIFE[version] ?? (Number(match[1]) < 19 ? '2026-01-26' : null)
  return end && new Date(`${end}T00:00:00Z`) <= now
    ? `Graph API ${version} reached its end of life on ${end}; use ${GRAPH_API_VERSION}.`
    : null
}
