import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassView } from '../../../protocol/http.js';

interface ClassLaunchProps {
  classes: ClassView[];
  canLaunch: boolean;
  launching: boolean;
  onLaunch: (classId: string) => void;
}

/** The whole class gets the same call at once, each trainee in a separate sandbox. */
export function ClassLaunch({ classes, canLaunch, launching, onLaunch }: ClassLaunchProps) {
  const { t } = useTranslation();
  const [classId, setClassId] = useState('');
  const chosen = classId || (classes[0]?.id ?? '');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen) onLaunch(chosen);
  };
  if (classes.length === 0) return <p className="muted">{t('launch.noClasses')}</p>;
  return (
    <form className="inline-form" onSubmit={onSubmit}>
      <label>
        {t('launch.class')}
        <select value={chosen} onChange={(event) => setClassId(event.target.value)}>
          {classes.map((item) => (
            <option key={item.id} value={item.id}>
              {t('launch.classOption', { name: item.name, n: item.trainees.length })}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="primary" disabled={!canLaunch || launching}>
        {t('launch.toClass')}
      </button>
    </form>
  );
}
