/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */
/* Edited: each handler is wrapped (src/server/api-guard.ts): forged cookie writes refused, bad input answered with a 4xx. */
import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { guardedRest } from '../../../../server/api-guard'

export const GET = guardedRest(config, REST_GET(config))
export const POST = guardedRest(config, REST_POST(config))
export const DELETE = guardedRest(config, REST_DELETE(config))
export const PATCH = guardedRest(config, REST_PATCH(config))
export const PUT = guardedRest(config, REST_PUT(config))
export const OPTIONS = guardedRest(config, REST_OPTIONS(config))
