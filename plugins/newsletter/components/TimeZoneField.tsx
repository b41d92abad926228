'use client'

import type { TextFieldClientComponent } from 'payload'

import { SelectInput, useField } from '@payloadcms/ui'
import { useMemo } from 'react'

import { DEFAULT_TIME_ZONE } from '../constants'

/** The digests' time zone chosen from the browser's list of zones, the gmina's own first. */
export const TimeZoneField: TextFieldClientComponent = ({ field, path, readOnly }) => {
  const { disabled, setValue, showError, value } = useField<string>({ path })
  const options = useMemo(() => {
    // A stored zone this browser does not list (an alias such as UTC) stays choosable.
    const zones = new Set([DEFAULT_TIME_ZONE, value ?? DEFAULT_TIME_ZONE])
    for (const zone of Intl.supportedValuesOf('timeZone')) zones.add(zone)
    return [...zones].map((zone) => ({ label: zone, value: zone }))
  }, [value])
  return (
    <SelectInput
      isClearable={false}
      label={field.label}
      name={field.name}
      onChange={(option) => {
        if (option && !Array.isArray(option)) setValue(option.value)
      }}
      options={options}
      path={path}
      readOnly={readOnly || disabled}
      required={field.required}
      showError={showError}
      value={value ?? DEFAULT_TIME_ZONE}
    />
  )
}
