import { useTranslation } from 'react-i18next';
import type { ClassView } from '../../../protocol/http.js';

interface ClassSelectProps {
  label: string;
  classes: ClassView[];
  value: string;
  onChange: (classId: string) => void;
}

/** A class picked by its name and head count, as both the launch and the practice opening offer it. */
export function ClassSelect({ label, classes, value, onChange }: ClassSelectProps) {
  const { t } = useTranslation();
  return (
    <label>
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {classes.map((item) => (
          <option key={item.id} value={item.id}>
            {t('launch.classOption', { name: item.name, n: item.trainees.length })}
          </option>
        ))}
      </select>
    </label>
  );
}
