/**
 * Payload's own admin texts where they read wrong here: booleans as Tak/Nie (Yes/No) rather than
 * "prawda/fałszywe", and the phrases that put a collection's label after an adjective ("Tworzenie
 * nowego {{label}}"), which cannot agree with every label's gender and case, in a form that reads
 * right with any label.
 */
export const payloadOverrides = {
  en: { general: { false: 'No', true: 'Yes' } },
  pl: {
    fields: {
      addNewLabel: 'Dodaj – {{label}}',
      newLabel: 'Utwórz – {{label}}',
      selectExistingLabel: 'Wybierz z listy – {{label}}',
      uploadNewLabel: 'Wgraj – {{label}}',
    },
    general: {
      createNewLabel: 'Utwórz – {{label}}',
      creatingNewLabel: 'Tworzenie – {{label}}',
      false: 'Nie',
      newLabel: 'Utwórz – {{label}}',
      true: 'Tak',
    },
  },
}
