import { useTranslation } from 'react-i18next';
import './dossier.css';

/** The body's class while the browser prints: dossier.css then keeps only the trainee's progress on paper. */
const printingClass = 'dossier-printing';

function printProgress() {
  document.body.classList.add(printingClass);
  // The class goes when the print dialog closes, so the screen is back as it was.
  window.addEventListener('afterprint', () => document.body.classList.remove(printingClass), { once: true });
  window.print();
}

/**
 * The trainee's dossier beside their progress, for staff: the PDF made on the server for the course
 * records, the class's KPIs as CSV, and a printout of the progress shown on screen.
 */
export function TraineeDossierTools({ traineeId, trainee, classId }: { traineeId: string; trainee: string; classId: string }) {
  const { t } = useTranslation();
  return (
    <section className="dossier-tools" aria-label={t('dossier.title', { trainee })}>
      <h3 className="dossier-tools__title">{t('dossier.title', { trainee })}</h3>
      <p className="dossier-tools__actions">
        <a href={`/api/trainees/${encodeURIComponent(traineeId)}/dossier.pdf`} download>
          {t('dossier.pdf')}
        </a>
        <a href={`/api/classes/${encodeURIComponent(classId)}/kpis.csv`} download>
          {t('dossier.kpiCsv')}
        </a>
        <button type="button" onClick={printProgress}>
          {t('dossier.print')}
        </button>
      </p>
    </section>
  );
}
