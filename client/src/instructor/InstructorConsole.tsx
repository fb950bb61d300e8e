import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiResource } from '../session/useApiResource.js';
import { useSessionList } from '../session/useSessionList.js';
import { ErrorNote } from '../ui/ErrorNote.js';
import { Panel } from '../ui/Panel.js';
import { ClassLaunch } from './ClassLaunch.js';
import { LaunchModeSelect } from './LaunchModeSelect.js';
import type { LaunchMode } from '../../../protocol/vocabulary.js';
import { LiveCallMonitor } from './LiveCallMonitor.js';
import { LiveCallsTable } from './LiveCallsTable.js';
import { PracticeOpening } from './PracticeOpening.js';
import { RosterTable } from './RosterTable.js';
import { ScenarioPicker } from './ScenarioPicker.js';
import { useLaunch } from './useLaunch.js';
import { useRoster } from './useRoster.js';
import { WallOfCalls } from './wall/WallOfCalls.js';
import { QueuePanel } from './queue/QueuePanel.js';
import { CompetencyPanel } from '../competency/CompetencyPanel.js';

/** The instructor's room: who is here, what to send them, and every call as it happens. */
export function InstructorConsole() {
  const { t } = useTranslation();
  const scenarios = useApiResource('GET /api/scenarios');
  const classes = useApiResource('GET /api/classes');
  const { roster, error: rosterError } = useRoster();
  const sessionList = useSessionList();
  const launcher = useLaunch();
  const [scenarioId, setScenarioId] = useState<string | null>(null);
  const [watching, setWatching] = useState<string | null>(null);
  const [mode, setMode] = useState<LaunchMode>('standard');
  const [view, setView] = useState<'floor' | 'wall'>('floor');
  const liveSessions = sessionList.sessions.filter((session) => session.status === 'live');

  const launch = (target: Parameters<typeof launcher.launch>[1]) => {
    if (scenarioId) void launcher.launch(scenarioId, target, mode);
  };

  return (
    <div className="instructor-console">
      <h1 className="page-title">{t('instructor.title')}</h1>
      <nav className="view-switch" aria-label={t('wall.views')}>
        <button type="button" className="small" aria-pressed={view === 'floor'} onClick={() => setView('floor')}>
          {t('wall.floorTab')}
        </button>
        <button type="button" className="small" aria-pressed={view === 'wall'} onClick={() => setView('wall')}>
          {t('wall.tab')} ({liveSessions.length})
        </button>
      </nav>
      {view === 'wall' && (
        <QueuePanel
          classes={classes.result?.ok ? classes.result.data : null}
          scenarios={scenarios.result?.ok ? scenarios.result.data : null}
        />
      )}
      {view === 'wall' && (
        <div className={`wall-layout${watching ? ' wall-layout--with-monitor' : ''}`}>
          <WallOfCalls watching={watching} onOpen={setWatching} />
          {watching && <LiveCallMonitor key={watching} sessionId={watching} onClose={() => setWatching(null)} />}
        </div>
      )}
      <div className="instructor-grid" hidden={view !== 'floor'}>
        <Panel title={t('scenarios.title')} className="area-scenarios">
          {scenarios.result === null && <p className="muted">{t('app.loading')}</p>}
          {scenarios.result && !scenarios.result.ok && <ErrorNote error={scenarios.result.error} />}
          {scenarios.result?.ok && <ScenarioPicker scenarios={scenarios.result.data} selected={scenarioId} onSelect={setScenarioId} />}
        </Panel>
        <Panel title={t('roster.title')} className="area-roster">
          <p className="hint">{scenarioId ? t('launch.ready') : t('launch.pickFirst')}</p>
          <LaunchModeSelect value={mode} onChange={setMode} />
          <ErrorNote error={rosterError} />
          {roster === null ? (
            <p className="muted">{t('app.loading')}</p>
          ) : (
            <RosterTable
              roster={roster}
              canLaunch={scenarioId !== null}
              launching={launcher.pending}
              onLaunch={(traineeId) => launch({ traineeIds: [traineeId] })}
              onWatch={setWatching}
            />
          )}
          {classes.result && !classes.result.ok && <ErrorNote error={classes.result.error} />}
          {classes.result?.ok && (
            <ClassLaunch
              classes={classes.result.data}
              canLaunch={scenarioId !== null}
              launching={launcher.pending}
              onLaunch={(classId) => launch({ classId })}
            />
          )}
          <ErrorNote error={launcher.error} />
          <p role="status" className="launch-result">
            {launcher.launched !== null ? t('launch.done', { n: launcher.launched }) : ''}
          </p>
          {launcher.skipped.length > 0 && (
            <div className="launch-skipped">
              <p>{t('launch.skipped', { n: launcher.skipped.length })}</p>
              <ul>
                {launcher.skipped.map((trainee) => (
                  <li key={trainee.traineeId}>{t(`launch.skipReason.${trainee.reason}`, { name: trainee.displayName })}</li>
                ))}
              </ul>
            </div>
          )}
        </Panel>
        <Panel title={t('liveCalls.title')} className="area-live">
          <ErrorNote error={sessionList.error} />
          <LiveCallsTable
            sessions={liveSessions}
            ringing={new Set((roster ?? []).flatMap((entry) => (entry.status === 'ringing' && entry.sessionId ? [entry.sessionId] : [])))}
            watching={watching}
            onWatch={setWatching}
          />
        </Panel>
        <Panel title={t('openToClass.title')} className="area-practice">
          {(classes.result === null || scenarios.result === null) && <p className="muted">{t('app.loading')}</p>}
          {classes.result?.ok && scenarios.result?.ok && (
            <PracticeOpening classes={classes.result.data} scenarios={scenarios.result.data} onSaved={classes.reload} />
          )}
        </Panel>
      </div>
      {view === 'floor' && watching && <LiveCallMonitor key={watching} sessionId={watching} onClose={() => setWatching(null)} />}
      {view === 'floor' && <CompetencyPanel />}
    </div>
  );
}
