import type { Endpoint } from 'payload'

import { staffEndpoints } from './staff'
import { subscriptionEndpoints } from './subscription'

export const newsletterEndpoints: Endpoint[] = [...subscriptionEndpoints, ...staffEndpoints]
