import { getLocalI18n } from 'payload'
import { describe, expect, it } from 'vitest'

import config from '../../payload.config'

describe("Payload's own texts in the admin", () => {
  it('say Tak/Nie for booleans and put labels where no grammar can break', async () => {
    const pl = await getLocalI18n({ config: await config, language: 'pl' })
    expect([pl.t('general:true'), pl.t('general:false')]).toEqual(['Tak', 'Nie'])
    expect(pl.t('general:creatingNewLabel', { label: 'Jednostka' })).toBe('Tworzenie – Jednostka')
    expect(pl.t('general:createNewLabel', { label: 'Wpis BIP' })).toBe('Utwórz – Wpis BIP')
    // The rest of Payload's Polish stays as Payload has it.
    expect(pl.t('general:save')).toBe('Zapisz')
    const en = await getLocalI18n({ config: await config, language: 'en' })
    expect([en.t('general:true'), en.t('general:false')]).toEqual(['Yes', 'No'])
    expect(en.t('general:creatingNewLabel', { label: 'Unit' })).toBe('Creating new Unit')
  })
})
