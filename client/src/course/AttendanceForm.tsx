import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { attendanceKinds } from '../../../protocol/attendanceKinds.js';
import type { AttendanceEntry, AttendanceRecordView } from '../../../protocol/courseAttendance.js';
import type { TraineeAccount } from '../../../protocol/courseAccounts.js';
import type { LabError } from '../../../protocol/result.js';
import { callApi } from '../api/http.js';
import { CourseError } from './CourseError.js';

interface AttendanceFormProps {
  classId: string;
  trainees: readonly TraineeAccount[];
  /** A record to correct: the form starts from its values and the new record names it. */
  correcting: AttendanceRecordView | null;
  onSaved: () => void;
  onCancelCorrection: () => void;
}

const today = () => new Date().toLocaleDateString('en-CA');

/** An instructor's record of a trainee's day: lesson or internship hours, an absence, or recognised credits. */
export function AttendanceForm({ classId, trainees, correcting, onSaved, onCancelCorrection }: AttendanceFormProps) {
  const { t } = useTranslation();
  const blank: AttendanceEntry = { traineeId: trainees[0]?.id ?? '', kind: 'lesson', day: today(), hours: 4, note: '' };
  const [entry, setEntry] = useState<AttendanceEntry>(blank);
  const [error, setError] = useState<LabError | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (correcting) {
      const { traineeId, kind, day, hours, note } = correcting;
      setEntry({ traineeId, kind, day, hours, note, corrects: correcting.id });
    }
  }, [correcting]);

  const set = (change: Partial<AttendanceEntry>) => {
    setSaved(false);
    setEntry((previous) => ({ ...previous, ...change }));
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await callApi('POST /api/course/classes/:id/attendance', { params: { id: classId }, body: entry });
    setError(result.ok ? null : result.error);
    if (!result.ok) return;
    setSaved(true);
    setEntry((previous) => ({ ...previous, corrects: undefined, note: '' }));
    onSaved();
  };

  return (
    <form onSubmit={submit} className="form-stack" aria-label={t('course.register.record')}>
      {correcting && (
        <p className="notice">
          {t('course.register.correcting', { name: correcting.traineeName, day: correcting.day })}{' '}
          <button type="button" onClick={onCancelCorrection}>
            {t('course.cancel')}
          </button>
        </p>
      )}
      <div className="form-row">
        <label>
          {t('course.trainee.name')}
          <select value={entry.traineeId} disabled={correcting !== null} onChange={(event) => set({ traineeId: event.target.value })}>
            {trainees.map((trainee) => (
              <option key={trainee.id} value={trainee.id}>
                {trainee.displayName}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('course.register.kind')}
          <select
            value={entry.kind}
            disabled={correcting !== null}
            onChange={(event) => set({ kind: event.target.value as AttendanceEntry['kind'] })}
          >
            {attendanceKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`course.register.kinds.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('course.register.day')}
          <input type="date" required value={entry.day} onChange={(event) => set({ day: event.target.value })} />
        </label>
        <label>
          {t('course.register.hours')}
          <input
            type="number"
            required
            min={0}
            max={entry.kind === 'credit' ? 300 : 24}
            step={0.25}
            value={entry.hours}
            onChange={(event) => set({ hours: Number(event.target.value) })}
          />
        </label>
      </div>
      <label>
        {t('course.register.note')}
        <input maxLength={300} value={entry.note} onChange={(event) => set({ note: event.target.value })} />
      </label>
      <CourseError error={error} />
      <div className="inline-form">
        <button type="submit">{correcting ? t('course.register.saveCorrection') : t('course.register.save')}</button>
        <span role="status">{saved ? t('course.register.saved') : ''}</span>
      </div>
    </form>
  );
}
