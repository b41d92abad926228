import type { Endpoint } from 'payload'

import { bounceEndpoints } from './bounces'
import { staffEndpoints } from './staff'
import { subscriptionEndpoints } from './subscription'
import { testSendEndpoint } from './test-send'

export const newsletterEndpoints: Endpoint[] = [
  ...subscriptionEndpoints,
  ...staffEndpoints,
  testSendEndpoint,
  ...bounceEndpoints,
]
