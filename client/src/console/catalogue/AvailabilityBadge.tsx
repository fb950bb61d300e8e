import { useTranslation } from 'react-i18next';
import { availabilityTone } from './availability.js';

/** Availability in the interface's words; a word the lab does not know is shown as the company wrote it. */
export function AvailabilityBadge({ availability }: { availability: string }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${availabilityTone(availability)}`}>
      {t(`catalogue.availability.${availability}`, { defaultValue: availability })}
    </span>
  );
}
