import { Suspense, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const tabs = ['instructor', 'assessor', 'course', 'status'] as const;
type AdminTab = (typeof tabs)[number];

function tabFromHash(): AdminTab {
  return tabs.find((tab) => window.location.hash === `#${tab}`) ?? 'instructor';
}

interface AdminTabsProps {
  instructor: ReactNode;
  assessor: ReactNode;
  /** Running the course: classes, accounts, enrolment. */
  course: ReactNode;
  /** The lab's own state: version, uptime, calls, disk, damaged sessions. */
  status: ReactNode;
  fallback: ReactNode;
}

/** WAI-ARIA tabs; the hash keeps the chosen tab across a reload. */
export function AdminTabs({ instructor, assessor, course, status, fallback }: AdminTabsProps) {
  const { t } = useTranslation();
  const [active, setActive] = useState<AdminTab>(tabFromHash);
  const buttons = useRef<Record<AdminTab, HTMLButtonElement | null>>({ instructor: null, assessor: null, course: null, status: null });
  const screens: Record<AdminTab, ReactNode> = { instructor, assessor, course, status };

  useEffect(() => {
    const onHash = () => setActive(tabFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const choose = (tab: AdminTab) => {
    setActive(tab);
    window.history.replaceState(null, '', `#${tab}`);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const step = event.key === 'ArrowRight' ? 1 : tabs.length - 1;
    const next = tabs[(tabs.indexOf(active) + step) % tabs.length]!;
    choose(next);
    buttons.current[next]?.focus();
  };

  return (
    <div className="admin-tabs">
      <div role="tablist" aria-label={t('admin.tabs')} className="tablist" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab}
            ref={(element) => {
              buttons.current[tab] = element;
            }}
            type="button"
            role="tab"
            id={`admin-tab-${tab}`}
            aria-selected={active === tab}
            aria-controls={`admin-panel-${tab}`}
            tabIndex={active === tab ? 0 : -1}
            onClick={() => choose(tab)}
          >
            {/* The course's words live in its own catalogue (areas/course.*.json). */}
            {tab === 'course' ? t('course.tab.course') : t(`admin.tab.${tab}`)}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        // Both panels exist so each tab's aria-controls points somewhere; only the active one mounts its screen.
        <div key={tab} role="tabpanel" id={`admin-panel-${tab}`} aria-labelledby={`admin-tab-${tab}`} hidden={active !== tab}>
          {active === tab && <Suspense fallback={fallback}>{screens[tab]}</Suspense>}
        </div>
      ))}
    </div>
  );
}
