import { option } from '../../src/domain/labels'

/** States of a delivery, shared by the collection and the admin panel. */
export const DELIVERY_STATES = [
  option('waiting_for_bip', 'Czeka na BIP', 'Waiting for BIP'),
  option('scheduled', 'Zaplanowana', 'Scheduled'),
  option('pending', 'W kolejce', 'Pending'),
  option('sending', 'Wysyłanie', 'Sending'),
  option('sent', 'Opublikowana', 'Sent'),
  option('failed', 'Błąd', 'Failed'),
  option('needs_action', 'Wymaga działania', 'Needs action'),
  option('skipped', 'Pominięta', 'Skipped'),
] as const
export type DeliveryState = (typeof DELIVERY_STATES)[number]['value']
