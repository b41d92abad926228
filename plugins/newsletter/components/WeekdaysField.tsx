'use client'

import type { SelectFieldClientComponent } from 'payload'

import { CheckboxInput, FieldError, FieldLabel, useField, useTranslation } from '@payloadcms/ui'

import { WEEKDAYS } from '../sending/digest-cron'
import type { NewsletterTranslationKeys, NewsletterTranslations } from '../translations'

/** A digest's days as a row of checkboxes, Pn … Nd. */
export const WeekdaysField: SelectFieldClientComponent = ({ field, path, readOnly }) => {
  const { t } = useTranslation<NewsletterTranslations, NewsletterTranslationKeys>()
  const { disabled, setValue, showError, value } = useField<string[]>({ path })
  const chosen = Array.isArray(value) ? value : []
  return (
    <div className={`field-type select${showError ? ' error' : ''}`} style={{ flex: '1 1 auto' }}>
      <FieldLabel label={field.label} path={path} />
      <FieldError path={path} showError={showError} />
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem 1.25rem' }}>
        {WEEKDAYS.map((day) => (
          <CheckboxInput
            checked={chosen.includes(day)}
            id={`field-${path}-${day}`}
            key={day}
            label={t(`newsletter:day-${day}`)}
            name={`${path}-${day}`}
            onToggle={(event) =>
              setValue(
                event.target.checked
                  ? WEEKDAYS.filter((d) => d === day || chosen.includes(d))
                  : chosen.filter((d) => d !== day),
              )
            }
            readOnly={readOnly || disabled}
          />
        ))}
      </div>
    </div>
  )
}
