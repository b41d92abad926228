/** One filter of a list page's GET form: a labelled select whose empty choice means "all". */
export const FilterSelect = ({
  allLabel,
  label,
  name,
  options,
  value,
}: {
  allLabel: string
  label: string
  name: string
  options: { label: string; value: string }[]
  value?: null | string
}) => (
  <div>
    <label htmlFor={name}>{label}</label>
    <select defaultValue={value ?? ''} id={name} name={name}>
      <option value="">{allLabel}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  </div>
)
