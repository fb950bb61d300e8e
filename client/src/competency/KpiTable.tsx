import { useTranslation } from 'react-i18next';
import type { ClassKpis, KpiFigure, KpiFigures } from '../../../protocol/kpiTargets.js';
import { kpiNames, type KpiName } from '../../../protocol/competencyWords.js';
import { formatDuration } from '../i18n/formatters.js';

const shown = (name: KpiName, value: number | null) =>
  value === null ? '—' : name === 'firstContact' ? `${value}%` : formatDuration(value);

/** A figure, its target and whether it is met, in words as well as a mark (not by colour alone). */
function FigureCell({ name, figure }: { name: KpiName; figure: KpiFigure }) {
  const { t } = useTranslation();
  const verdict = figure.met === null ? 'none' : figure.met ? 'met' : 'notMet';
  return (
    <td className={`kpi-figure kpi-figure--${verdict}`}>
      {shown(name, figure.value)}
      {figure.target !== null && <small> / {shown(name, figure.target)}</small>}{' '}
      {figure.met !== null && <span className="kpi-figure__verdict">{t(`competency.kpi.verdict.${figure.met ? 'met' : 'notMet'}`)}</span>}
    </td>
  );
}

function FigureRow({ label, figures }: { label: string; figures: KpiFigures }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{figures.calls}</td>
      {kpiNames.map((name) => (
        <FigureCell key={name} name={name} figure={figures[name]} />
      ))}
    </tr>
  );
}

/** The class's call-centre KPIs per trainee, then the whole class, each against its target. */
export function KpiTable({ kpis }: { kpis: ClassKpis }) {
  const { t } = useTranslation();
  return (
    <div className="competency__scroll">
      <table className="competency__matrix">
        <caption>{t('competency.kpi.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('competency.trainee')}</th>
            <th scope="col">{t('competency.kpi.calls')}</th>
            {kpiNames.map((name) => (
              <th key={name} scope="col">
                {t(`competency.kpi.name.${name}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {kpis.trainees.map((row) => (
            <FigureRow key={row.traineeId} label={row.displayName} figures={row.figures} />
          ))}
          <FigureRow label={t('competency.kpi.wholeClass')} figures={kpis.overall} />
        </tbody>
      </table>
    </div>
  );
}
