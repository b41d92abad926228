import { withPayload } from '@payloadcms/next/withPayload'

import { SECURITY_HEADERS } from './src/server/security-headers.js'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Payload tells its errors apart by class name (APIError, Forbidden…): minified server code loses
  // the names, and every refusal then reaches the admin and API clients as "An unknown error occurred."
  // globalNotFound: with two root layouts (admin, public site) Next has no layout for a 404 of its own;
  // app/global-not-found.tsx gives residents a Polish page instead of an English one or an empty shell.
  experimental: { globalNotFound: true, serverMinification: false },
  headers: async () => [
    {
      headers: Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value })),
      source: '/:path*',
    },
  ],
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  poweredByHeader: false,
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
