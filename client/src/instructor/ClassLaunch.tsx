import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassView } from '../../../protocol/http.js';
import { ClassSelect } from './ClassSelect.js';

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
      <ClassSelect label={t('launch.class')} classes={classes} value={chosen} onChange={setClassId} />
      <button type="submit" className="primary" disabled={!canLaunch || launching}>
        {t('launch.toClass')}
      </button>
    </form>
  );
}
