import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallView } from '../../../../scenarios/projection/callView.js';
import type { Act } from '../../session/traineeActions.js';
import { useActionRunner } from '../../session/useActionRunner.js';
import { ErrorNote } from '../../ui/ErrorNote.js';

interface CustomerSearchProps {
  lastSearch: CallView['lastSearch'];
  openCustomerId: string | null;
  act: Act | null;
  disabled: boolean;
}

/** Search the customer base and open a record; the results are the ones the log recorded. */
export function CustomerSearch({ lastSearch, openCustomerId, act, disabled }: CustomerSearchProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const search = useActionRunner(act);
  const open = useActionRunner(act);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const text = query.trim();
    if (text) void search.run({ type: 'customer.search', query: text });
  };

  return (
    <div className="customer-search">
      {act ? (
        <form className="inline-form" onSubmit={onSubmit} role="search">
          <label>
            {t('customer.searchLabel')}
            <input
              type="text"
              enterKeyHint="search"
              value={query}
              maxLength={120}
              required
              onChange={(event) => setQuery(event.target.value)}
              placeholder={t('customer.searchPlaceholder')}
              disabled={disabled}
            />
          </label>
          <button type="submit" disabled={disabled || search.pending}>
            {t('customer.search')}
          </button>
        </form>
      ) : (
        lastSearch && <p className="muted">{t('customer.lastQuery', { query: lastSearch.query })}</p>
      )}
      <ErrorNote error={search.error} />
      {lastSearch && (
        <div className="search-results">
          <h3 className="subhead">{t('customer.results', { query: lastSearch.query })}</h3>
          {lastSearch.results.length === 0 ? (
            <p className="muted">{t('customer.noResults')}</p>
          ) : (
            <ul className="result-list">
              {lastSearch.results.map((customer) => (
                <li key={customer.id} className={customer.id === openCustomerId ? 'is-open' : undefined}>
                  <span className="result-list__main">
                    <strong>{customer.fullName}</strong> <span className="code">{customer.customerCode}</span>
                  </span>
                  <span className="muted">{customer.city}</span>
                  {act && (
                    <button
                      type="button"
                      className="small"
                      disabled={disabled || open.pending}
                      aria-label={t('customer.openNamed', { name: customer.fullName, code: customer.customerCode })}
                      onClick={() => void open.run({ type: 'customer.open', customerId: customer.id })}
                    >
                      {t('customer.open')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          <ErrorNote error={open.error} />
        </div>
      )}
    </div>
  );
}
