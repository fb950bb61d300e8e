import { Suspense, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PanelEmbedding } from './panelEmbedding.js';

export interface TabSpec<K extends string> {
  id: K;
  label: string;
  /** A number shown beside the label (tickets opened, e-mails sent…); nothing when zero. */
  count?: number;
  render: () => ReactNode;
}

interface TabsProps<K extends string> {
  /** The tab list's accessible name. */
  label: string;
  /** Unique per page: the tabs' and panels' ids start with it. */
  idPrefix: string;
  tabs: TabSpec<K>[];
  active: K;
  onChange: (tab: K) => void;
  className?: string;
}

/**
 * WAI-ARIA tabs with automatic activation: arrows, Home and End move between tabs. A panel mounts the
 * first time its tab is shown (so its code can load then) and stays mounted, so a half-written form
 * survives a look at another tab.
 */
export function Tabs<K extends string>({ label, idPrefix, tabs, active, onChange, className }: TabsProps<K>) {
  const { t } = useTranslation();
  const buttons = useRef(new Map<K, HTMLButtonElement>());
  const [visited, setVisited] = useState<ReadonlySet<K>>(() => new Set([active]));

  useEffect(() => {
    setVisited((previous) => (previous.has(active) ? previous : new Set([...previous, active])));
  }, [active]);

  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((tab) => tab.id === active);
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = tabs[(target + tabs.length) % tabs.length];
    if (!next) return;
    onChange(next.id);
    buttons.current.get(next.id)?.focus();
  };

  const loading = (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );

  return (
    <div className={`tabs ${className ?? ''}`}>
      <div role="tablist" aria-label={label} className="tabs__list" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(element) => {
              if (element) buttons.current.set(tab.id, element);
              else buttons.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${tab.id}`}
            aria-selected={tab.id === active}
            aria-controls={`${idPrefix}-panel-${tab.id}`}
            tabIndex={tab.id === active ? 0 : -1}
            onClick={() => onChange(tab.id)}
          >
            {tab.label}
            {tab.count ? <span className="tabs__count"> ({tab.count})</span> : null}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${idPrefix}-panel-${tab.id}`}
          aria-labelledby={`${idPrefix}-tab-${tab.id}`}
          hidden={tab.id !== active}
          tabIndex={0}
          className="tabs__panel"
        >
          {(visited.has(tab.id) || tab.id === active) && (
            <PanelEmbedding.Provider value={true}>
              <Suspense fallback={loading}>{tab.render()}</Suspense>
            </PanelEmbedding.Provider>
          )}
        </div>
      ))}
    </div>
  );
}
