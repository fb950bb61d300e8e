import { useState, type FormEvent } from 'react';

interface LookupSearchFormProps {
  label: string;
  placeholder: string;
  /** The button's visible word ("Cerca") and its fuller accessible name ("Cerca nel catalogo"). */
  buttonText: string;
  buttonName: string;
  disabled: boolean;
  pending: boolean;
  onSearch: (query: string) => void;
}

/** A search box for one of the company's databases; the query is trimmed and never sent empty. */
export function LookupSearchForm({ label, placeholder, buttonText, buttonName, disabled, pending, onSearch }: LookupSearchFormProps) {
  const [query, setQuery] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const text = query.trim();
    if (text) onSearch(text);
  };
  return (
    <form className="inline-form" onSubmit={onSubmit} role="search" aria-label={label}>
      <label>
        {label}
        <input
          type="search"
          enterKeyHint="search"
          value={query}
          maxLength={120}
          required
          onChange={(event) => setQuery(event.target.value)}
          placeholder={placeholder}
          disabled={disabled}
        />
      </label>
      <button type="submit" aria-label={buttonName} disabled={disabled || pending}>
        {buttonText}
      </button>
    </form>
  );
}
