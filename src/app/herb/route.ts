import { herb } from '../route-handlers'

export const GET = herb
