import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InstructorConsole } from '../instructor/InstructorConsole.js';
import { Tabs } from '../ui/Tabs.js';
import { CourseDesk } from './CourseDesk.js';

type InstructorTab = 'floor' | 'course';
const fromHash = (): InstructorTab => (window.location.hash === '#course' ? 'course' : 'floor');

/** The instructor's two places: the floor (launching and watching calls) and the course (their classes and trainees). */
export function InstructorHome() {
  const { t } = useTranslation();
  const [active, setActive] = useState<InstructorTab>(fromHash);
  const choose = (tab: InstructorTab) => {
    setActive(tab);
    // The hash keeps the chosen place across a reload.
    window.history.replaceState(null, '', tab === 'course' ? '#course' : window.location.pathname);
  };
  return (
    <Tabs<InstructorTab>
      label={t('course.tabs')}
      idPrefix="instructor-home"
      active={active}
      onChange={choose}
      tabs={[
        { id: 'floor', label: t('course.tab.floor'), render: () => <InstructorConsole /> },
        { id: 'course', label: t('course.tab.course'), render: () => <CourseDesk asAdmin={false} /> },
      ]}
    />
  );
}
