import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicUser } from '../../../protocol/roles.js';
import { AdminTabs } from './AdminTabs.js';

// Each role loads only its own screens: the login page and a trainee's console stay light.
const AgentConsole = lazy(() => import('../agent/AgentConsole.js').then((module) => ({ default: module.AgentConsole })));
const InstructorConsole = lazy(() =>
  import('../instructor/InstructorConsole.js').then((module) => ({ default: module.InstructorConsole })),
);
const LabStatusPage = lazy(() => import('../admin/LabStatusPage.js').then((module) => ({ default: module.LabStatusPage })));
const CourseDesk = lazy(() => import('../course/CourseDesk.js').then((module) => ({ default: module.CourseDesk })));
const AssessorHome = lazy(() => import('../course/AssessorHome.js').then((module) => ({ default: module.AssessorHome })));
const InstructorHome = lazy(() => import('../course/InstructorHome.js').then((module) => ({ default: module.InstructorHome })));
const AssessorDesk = lazy(() => import('../assessor/AssessorDesk.js').then((module) => ({ default: module.AssessorDesk })));

export function RoleHome({ user }: { user: PublicUser }) {
  const { t } = useTranslation();
  const fallback = (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
  return (
    <>
      {user.role === 'trainee' && <AgentConsole user={user} />}
      {user.role === 'instructor' && <InstructorHome />}
      {user.role === 'assessor' && <AssessorHome />}
      {user.role === 'admin' && (
        <AdminTabs
          instructor={<InstructorConsole />}
          assessor={<AssessorDesk />}
          course={<CourseDesk asAdmin />}
          status={<LabStatusPage />}
          fallback={fallback}
        />
      )}
    </>
  );
}
