import type { CollectionConfig } from 'payload'

import { label } from '../src/domain/labels'
import { COMPLAINTS } from '../src/domain/slugs'
import { complaintSubmitEndpoint } from '../src/moderation/complaint-endpoint'
import { access } from './complaints/access'
import { fields } from './complaints/fields'
import { afterDecision, decide } from './complaints/hooks'

/**
 * Complaints (skargi) about a removed or hidden comment or a block: filed by residents through the
 * public form or entered by staff; approvers and admins decide, and the complainant gets the
 * answer by e-mail. Personal data: the e-mail address and name are for approvers and admins only.
 */
export const Complaints: CollectionConfig = {
  slug: COMPLAINTS,
  labels: {
    plural: label('Skargi na moderację', 'Moderation complaints'),
    singular: label('Skarga na moderację', 'Moderation complaint'),
  },
  admin: {
    defaultColumns: ['number', 'entry', 'state', 'receivedAt', 'decidedAt'],
    description: label(
      'Skargi mieszkańców na usunięcie lub ukrycie komentarza albo blokadę. Decyzję (uwzględniona / nieuwzględniona) podejmuje osoba zatwierdzająca lub administrator; odpowiedź trafia do skarżącego e-mailem, a wynik – do publicznego rejestru.',
      'Complaints about a removal or a block. Approvers and admins decide; the answer is e-mailed and the outcome shown in the public register.',
    ),
    group: label('Przejrzystość', 'Transparency'),
    useAsTitle: 'number',
  },
  access,
  endpoints: [complaintSubmitEndpoint],
  hooks: { afterChange: [afterDecision], beforeChange: [decide] },
  fields,
}
