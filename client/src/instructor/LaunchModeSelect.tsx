import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { launchModes, type LaunchMode } from '../../../protocol/vocabulary.js';

/** How much help the launched call gives: guided (tips and suggested replies), standard (tips), exam (none). */
export function LaunchModeSelect({ value, onChange }: { value: LaunchMode; onChange: (mode: LaunchMode) => void }) {
  const { t } = useTranslation();
  const hintId = useId();
  return (
    <div className="launch-mode">
      <label>
        {t('launch.mode')}
        <select
          value={value}
          aria-describedby={hintId}
          onChange={(event) => onChange(launchModes.find((mode) => mode === event.target.value) ?? 'standard')}
        >
          {launchModes.map((mode) => (
            <option key={mode} value={mode}>
              {t(`launch.modeOption.${mode}`)}
            </option>
          ))}
        </select>
      </label>
      <p id={hintId} className="hint">
        {t('launch.modeHint')}
      </p>
    </div>
  );
}
