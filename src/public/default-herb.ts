/**
 * The icon shown until the office uploads its coat of arms: a plain shield in Herold's colours,
 * so the browser tab is never Payload's or Next's.
 */
export const DEFAULT_HERB_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><path d="M8 6h48v22c0 16-10.5 25.5-24 30C18.5 53.5 8 44 8 28z" fill="#1d4f91" stroke="#0f2f5c" stroke-width="3"/><path d="M32 16l4.4 9 9.6 1.4-7 6.8 1.7 9.6L32 38.3l-8.7 4.5 1.7-9.6-7-6.8 9.6-1.4z" fill="#f2c230"/></svg>`
