import type { CalibrationComparison, CalibrationView } from '../../protocol/calibration.js';
import type { ReviewerRef } from '../../protocol/review.js';
import type { ItemResult } from '../../protocol/views.js';
import type { CalibrationRecord, ReviewRecord } from '../store/reviewRecords.js';

export const calibrationsIn = (records: readonly ReviewRecord[]): CalibrationRecord[] =>
  records.filter((record): record is CalibrationRecord => record.type === 'calibration.submitted');

/** The share of pairs among these verdicts that agree, in percent; one verdict alone agrees with itself. */
function pairAgreement(verdicts: readonly string[]): { agreeing: number; pairs: number } {
  let agreeing = 0;
  let pairs = 0;
  for (let a = 0; a < verdicts.length; a++)
    for (let b = a + 1; b < verdicts.length; b++) {
      pairs++;
      if (verdicts[a] === verdicts[b]) agreeing++;
    }
  return { agreeing, pairs };
}

const percent = (part: number, whole: number) => (whole === 0 ? 100 : Math.round((part / whole) * 1000) / 10);

/** The comparison of two or more assessors' blind verdicts: per item and overall agreement, and the items they differ on. */
export function compareCalibrations(
  items: readonly ItemResult[],
  calibrations: readonly CalibrationRecord[],
  who: (id: string) => ReviewerRef,
): CalibrationComparison {
  let agreeing = 0;
  let pairs = 0;
  const rows = items.map((item) => {
    const verdicts = Object.fromEntries(calibrations.map((calibration) => [calibration.by, calibration.verdicts[item.id] ?? item.status]));
    const tally = pairAgreement(Object.values(verdicts));
    agreeing += tally.agreeing;
    pairs += tally.pairs;
    return { itemId: item.id, label: item.label, automatic: item.status, verdicts, agreementPercent: percent(tally.agreeing, tally.pairs) };
  });
  return {
    assessors: calibrations.map((calibration) => who(calibration.by)),
    items: rows,
    agreementPercent: percent(agreeing, pairs),
    differences: rows.filter((row) => row.agreementPercent < 100).map((row) => row.itemId),
  };
}

/**
 * The calibration of a session as this user may see it: blind until two assessors have given their
 * verdicts; an assessor who has not given theirs sees nobody's, so they can still take part blind.
 */
export function calibrationViewFor(
  user: { id: string; role: string },
  sessionId: string,
  items: readonly ItemResult[],
  records: readonly ReviewRecord[],
  who: (id: string) => ReviewerRef,
): CalibrationView {
  const calibrations = calibrationsIn(records);
  const mine = calibrations.find((calibration) => calibration.by === user.id);
  const blind = user.role === 'assessor' && !mine;
  return {
    sessionId,
    submittedBy: calibrations.map((calibration) => who(calibration.by)),
    mine: mine ? { ...mine.verdicts } : null,
    comparison: calibrations.length >= 2 && !blind ? compareCalibrations(items, calibrations, who) : null,
  };
}
