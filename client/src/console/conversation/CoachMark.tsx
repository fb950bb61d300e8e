import { useTranslation } from 'react-i18next';
import type { TranscriptLine } from '../../../../scenarios/projection/callView.js';
import { useScriptLabels } from './scriptLabels.js';
import './roleplay.css';

/** The extra class of a line an instructor marked: a take-over or hand-back, or a caller's line they typed. */
export const coachClass = (line: TranscriptLine): string =>
  line.coach ? ' utterance--coach' : line.playedBy !== undefined ? ' utterance--played' : '';

/** Who speaks, for a line an instructor marked; null for any other line. */
export function CoachSpeaker({ line }: { line: TranscriptLine }) {
  const { t } = useTranslation();
  if (line.coach) return <>{t('roleplay.markSpeaker')}</>;
  if (line.playedBy !== undefined) return <>{t('roleplay.playedSpeaker', { name: line.playedBy })}</>;
  return null;
}

/** The instructor taking the caller over, or handing it back at a state named in words. */
export function CoachMark({ coach }: { coach: NonNullable<TranscriptLine['coach']> }) {
  const { t } = useTranslation();
  const names = useScriptLabels();
  return (
    <p className="utterance__text">
      {coach.act === 'tookOver'
        ? t('roleplay.tookOverMark', { name: coach.by })
        : t('roleplay.handedBackMark', { name: coach.by, state: names.state(coach.state ?? '') })}
    </p>
  );
}
