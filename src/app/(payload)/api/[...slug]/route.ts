/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */
/* Edited: the handlers come from src/app/route-handlers.ts (wrapped by src/server/api-guard.ts), shared with the app's other routes. */
import '@payloadcms/next/css'

import { rest } from '../../../route-handlers'

export const GET = rest.GET
export const POST = rest.POST
export const DELETE = rest.DELETE
export const PATCH = rest.PATCH
export const PUT = rest.PUT
export const OPTIONS = rest.OPTIONS
