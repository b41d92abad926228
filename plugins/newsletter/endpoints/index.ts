import type { Endpoint } from 'payload'

import { staffEndpoints } from './staff'
import { subscriptionEndpoints } from './subscription'
import { testSendEndpoint } from './test-send'

export const newsletterEndpoints: Endpoint[] = [
  ...subscriptionEndpoints,
  ...staffEndpoints,
  testSendEndpoint,
]
