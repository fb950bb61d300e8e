import { lazy, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleDirectory } from '../../../protocol/views.js';
import { OrgChart } from '../console/workspace/lazyPanels.js';
import type { PracticeCatalogue } from '../practice/usePracticeCatalogue.js';
import { Tabs, type TabSpec } from '../ui/Tabs.js';

// Practice and progress load the first time their tab opens: a trainee on a call never needs them.
const PracticeView = lazy(() => import('../practice/PracticeView.js').then((module) => ({ default: module.PracticeView })));
const TraineeChecks = lazy(() => import('../course/TraineeChecks.js').then((module) => ({ default: module.TraineeChecks })));
const ProgressView = lazy(() => import('../progress/ProgressView.js').then((module) => ({ default: module.ProgressView })));

export type IdleTab = 'practice' | 'progress' | 'org' | 'checks';

interface IdleTabsProps {
  active: IdleTab;
  onChange: (tab: IdleTab) => void;
  catalogue: PracticeCatalogue;
  directory: ConsoleDirectory | null;
}

/** Between calls: practise on the class's open scenarios, look at one's progress, study the org chart. */
export function IdleTabs({ active, onChange, catalogue, directory }: IdleTabsProps) {
  const { t } = useTranslation();
  const idPrefix = useId().replaceAll(':', '');
  const tabs: TabSpec<IdleTab>[] = [
    {
      id: 'practice',
      label: t('idle.tab.practice'),
      render: () => <PracticeView catalogue={catalogue} />,
    },
    { id: 'progress', label: t('idle.tab.progress'), render: () => <ProgressView directory={directory} /> },
    { id: 'org', label: t('idle.tab.org'), render: () => <OrgChart directory={directory} /> },
    // The UF checks' words live in the course's catalogue (areas/course.*.json).
    { id: 'checks', label: t('course.tab.checks'), render: () => <TraineeChecks /> },
  ];
  return <Tabs label={t('idle.tabs')} idPrefix={`idle${idPrefix}`} tabs={tabs} active={active} onChange={onChange} className="idle-tabs" />;
}
