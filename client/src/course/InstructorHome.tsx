import { useTranslation } from 'react-i18next';
import { InstructorConsole } from '../instructor/InstructorConsole.js';
import { CourseDesk } from './CourseDesk.js';

/**
 * The instructor's floor (launching and watching calls) with the course below it, folded: a
 * disclosure rather than tabs, so the floor never hides behind another screen mid-lesson.
 */
export function InstructorHome() {
  const { t } = useTranslation();
  return (
    <>
      <InstructorConsole />
      <details className="course-home">
        <summary>{t('course.title')}</summary>
        <CourseDesk asAdmin={false} embedded />
      </details>
    </>
  );
}
