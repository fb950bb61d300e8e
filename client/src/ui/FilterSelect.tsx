interface FilterSelectProps {
  label: string;
  /** The empty choice, which leaves this filter off ("Tutti"). */
  anyLabel: string;
  value: string;
  /** [value, text] pairs, in the order offered. */
  options: readonly (readonly [string, string])[];
  onChange: (value: string) => void;
}

/** One filter of a list: a select whose first, empty choice means "any". */
export function FilterSelect({ label, anyLabel, value, options, onChange }: FilterSelectProps) {
  return (
    <label>
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{anyLabel}</option>
        {options.map(([optionValue, text]) => (
          <option key={optionValue} value={optionValue}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
