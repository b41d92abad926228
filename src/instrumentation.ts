/** Next.js calls this once when the server starts, before it serves any request. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  // The socket's address is what rate limits and consent records rely on (see src/client-ip.ts).
  const { installPeerAddress } = await import('./client-ip')
  installPeerAddress()
}
