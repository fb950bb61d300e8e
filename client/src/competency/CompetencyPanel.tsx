import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { competencyModes, type CompetencyMode } from '../../../protocol/competencyWords.js';
import { abilityName } from '../../../protocol/standard.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { useApiResource } from '../session/useApiResource.js';
import { TraineeDossierTools } from '../dossier/TraineeDossierTools.js';
import { ErrorNote } from '../ui/ErrorNote.js';
import { Panel } from '../ui/Panel.js';
import { CompetencySessions } from './CompetencySessions.js';
import { KpiSection } from './KpiSection.js';
import { ProgressChart } from './ProgressChart.js';
import { competencyPath, useCompetency } from './useCompetency.js';
import './competency.css';

/**
 * The competency record of a class: trainees × the standard's abilities, each cell the mean final
 * (reviewed when reviewed) percent over the range and mode, opening the sessions behind it.
 */
export function CompetencyPanel({ onOpen }: { onOpen?: (sessionId: string) => void }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const classes = useApiResource('GET /api/classes');
  const list = classes.result?.ok ? classes.result.data : [];
  const [chosen, setChosen] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [mode, setMode] = useState<CompetencyMode>('all');
  const [shown, setShown] = useState<{ traineeId: string; ability: string } | null>(null);
  const [charted, setCharted] = useState<string | null>(null);
  const classId = chosen || list[0]?.id || '';
  const ask = classId ? { classId, from, to, mode } : null;
  const result = useCompetency(ask);
  const matrix = result?.ok ? result.data : null;
  const level = (value: number | null) =>
    value === null ? '—' : `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value)}%`;
  const shownRow = shown && matrix?.rows.find((row) => row.traineeId === shown.traineeId);
  const shownCell = shown && shownRow?.cells[shown.ability];
  const chartedRow = charted ? matrix?.rows.find((row) => row.traineeId === charted) : undefined;

  return (
    <Panel title={t('competency.title')} className="competency">
      <p className="hint">{t('competency.explain')}</p>
      <div className="competency__filters">
        <label>
          {t('competency.class')}
          <select value={classId} onChange={(event) => setChosen(event.target.value)}>
            {list.map((group) => (
              <option key={group.id} value={group.id}>
                {group.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('competency.from')}
          <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
        </label>
        <label>
          {t('competency.to')}
          <input type="date" value={to} onChange={(event) => setTo(event.target.value)} />
        </label>
        <label>
          {t('competency.modeLabel')}
          <select value={mode} onChange={(event) => setMode(event.target.value as CompetencyMode)}>
            {competencyModes.map((value) => (
              <option key={value} value={value}>
                {t(`competency.mode.${value}`)}
              </option>
            ))}
          </select>
        </label>
        {ask && (
          <a href={competencyPath(ask, true)} download>
            {t('competency.csv')}
          </a>
        )}
      </div>
      <ErrorNote error={classes.result && !classes.result.ok ? classes.result.error : null} />
      <ErrorNote error={result && !result.ok ? result.error : null} />
      {!result && ask && <p className="muted">{t('app.loading')}</p>}
      {matrix && (
        <div className="competency__scroll">
          <table className="competency__matrix">
            <caption>{t('competency.caption', { name: matrix.className, mode: t(`competency.mode.${matrix.mode}`) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('competency.trainee')}</th>
                {matrix.abilities.map((code) => (
                  <th key={code} scope="col" title={abilityName(code, language)}>
                    {code}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.rows.map((row) => (
                <tr key={row.traineeId}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      aria-pressed={charted === row.traineeId}
                      aria-label={t('competency.progress.show', { trainee: row.displayName })}
                      onClick={() => setCharted(charted === row.traineeId ? null : row.traineeId)}
                    >
                      {row.displayName}
                    </button>
                  </th>
                  {matrix.abilities.map((code) => {
                    const cell = row.cells[code];
                    return (
                      <td key={code}>
                        <button
                          type="button"
                          className="competency__cell"
                          disabled={!cell || cell.count === 0}
                          aria-label={t('competency.cellLabel', {
                            trainee: row.displayName,
                            ability: code,
                            level: level(cell?.level ?? null),
                            count: cell?.count ?? 0,
                          })}
                          onClick={() => setShown({ traineeId: row.traineeId, ability: code })}
                        >
                          {level(cell?.level ?? null)}
                          <small> ({cell?.count ?? 0})</small>
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {shown && shownRow && shownCell && (
        <CompetencySessions
          trainee={shownRow.displayName}
          ability={shown.ability}
          cell={shownCell}
          onOpen={onOpen}
          onClose={() => setShown(null)}
        />
      )}
      {chartedRow && <TraineeDossierTools traineeId={chartedRow.traineeId} trainee={chartedRow.displayName} classId={classId} />}
      {chartedRow && <ProgressChart trainee={chartedRow.displayName} sessions={chartedRow.progress} onOpen={onOpen} />}
      {ask && <KpiSection ask={ask} />}
    </Panel>
  );
}
