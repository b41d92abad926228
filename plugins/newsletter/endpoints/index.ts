import type { Endpoint } from 'payload'

import { bounceEndpoints } from './bounces'
import { staffEndpoints } from './staff'
import { subscriptionEndpoints } from './subscription'

export const newsletterEndpoints: Endpoint[] = [
  ...subscriptionEndpoints,
  ...staffEndpoints,
  ...bounceEndpoints,
]
