export type {
  BipRecord,
  ComplaintRecord,
  DeliveryRecord,
  EntryRecord,
  PostRecord,
  ReportsPluginOptions,
  UnitRecord,
} from '../types'
