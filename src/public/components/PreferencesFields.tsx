import { CATEGORIES } from '../../domain/taxonomy'
import type { UnitOption } from '../site'

type Values = { categories?: string[]; digest?: string; units?: string[]; urgentAlerts?: boolean }

/** The preference fields shared by the subscribe form and the preferences page. */
export const PreferencesFields = ({
  error,
  units,
  values,
}: {
  error?: string
  units: UnitOption[]
  values: Values
}) => (
  <>
    {error ? (
      <p className="field-error" id="blad-preferencje">
        {error}
      </p>
    ) : null}
    <fieldset aria-describedby={error ? 'blad-preferencje' : undefined}>
      <legend>Jak często</legend>
      {[
        ['daily', 'Codziennie – wydanie zbiorcze z nowymi wpisami'],
        ['weekly', 'Raz w tygodniu – wydanie zbiorcze'],
        ['off', 'Bez wydań zbiorczych (tylko pilne komunikaty)'],
      ].map(([value, text]) => (
        <label className="inline" key={value}>
          <input
            defaultChecked={(values.digest ?? 'weekly') === value}
            name="digest"
            type="radio"
            value={value}
          />{' '}
          {text}
        </label>
      ))}
      <label className="inline">
        <input
          defaultChecked={values.urgentAlerts ?? true}
          name="urgentAlerts"
          type="checkbox"
          value="on"
        />{' '}
        Pilne komunikaty (np. ostrzeżenia, przerwy w dostawie wody) od razu, gdy zostaną
        opublikowane
      </label>
    </fieldset>
    <fieldset>
      <legend>Jednostki (nic nie zaznaczone = wszystkie)</legend>
      <div className="checks">
        {units.map((u) => (
          <label key={String(u.id)}>
            <input
              defaultChecked={values.units?.includes(String(u.id))}
              name="units"
              type="checkbox"
              value={String(u.id)}
            />{' '}
            {u.name}
          </label>
        ))}
      </div>
    </fieldset>
    <fieldset>
      <legend>Kategorie (nic nie zaznaczone = wszystkie)</legend>
      <div className="checks">
        {CATEGORIES.map((c) => (
          <label key={c.value}>
            <input
              defaultChecked={values.categories?.includes(c.value)}
              name="categories"
              type="checkbox"
              value={c.value}
            />{' '}
            {c.label.pl}
          </label>
        ))}
      </div>
    </fieldset>
  </>
)
