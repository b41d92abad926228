import type { Field } from 'payload'

import { label } from '../../src/domain/labels'
import { DISCUSSION_RULES } from '../../src/domain/slugs'
import { systemField } from '../../src/fields/field-options'

/** The rule broken, cited with the version and words in force at the time of the decision. */
export const ruleField: Field = {
  name: 'rule',
  type: 'group',
  admin: {
    description: label(
      'Cytujemy punkt opublikowanych zasad w wersji obowiązującej w chwili decyzji; brzmienie punktu zapisuje się we wpisie, więc cytat pozostaje prawdziwy po zmianie zasad.',
      'The point of the rules in force at the time is cited, and its words are kept, so the citation stays true after the rules change.',
    ),
  },
  label: label('Naruszona zasada', 'Rule broken'),
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'rules',
          type: 'relationship',
          label: label('Zasady dyskusji', 'Discussion rules'),
          relationTo: DISCUSSION_RULES,
        },
        {
          name: 'point',
          type: 'number',
          admin: { step: 1 },
          label: label('Punkt zasad', 'Point'),
          min: 1,
        },
        {
          name: 'version',
          type: 'number',
          access: systemField,
          admin: { readOnly: true },
          label: label('Wersja zasad', 'Rules version'),
        },
      ],
    },
    {
      name: 'quote',
      type: 'textarea',
      access: systemField,
      admin: { readOnly: true },
      label: label('Brzmienie punktu w tej wersji', 'Wording of the point in that version'),
    },
  ],
}
