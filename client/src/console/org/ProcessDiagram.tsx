import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleDirectory, ProcessView } from '../../../../protocol/views.js';
import { useLocalized } from '../../i18n/useLocalized.js';
import { directoryLookups } from '../shared/directoryLabels.js';

interface ProcessDiagramProps {
  process: ProcessView;
  directory: ConsoleDirectory;
}

/**
 * A process diagram as an ordered list: steps in reading order, numbered; each step says where it
 * leads, and a decision lists its options, each a button that moves focus to the step it leads to.
 */
export function ProcessDiagram({ process, directory }: ProcessDiagramProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const prefix = useId().replaceAll(':', '');
  const department = directoryLookups(directory).department;
  const numberOf = new Map(process.steps.map((step, index) => [step.id, index + 1]));
  const stepDomId = (stepId: string) => `${prefix}-${stepId}`;
  const goTo = (stepId: string) => {
    const target = document.getElementById(stepDomId(stepId));
    target?.focus();
    target?.scrollIntoView({ block: 'nearest' });
  };
  const jump = (label: string, to: string) => {
    const number = numberOf.get(to);
    return (
      <button
        type="button"
        className="small link-button"
        onClick={() => goTo(to)}
        aria-label={t('processes.goToNamed', { label, n: number ?? '?' })}
      >
        {t('processes.goTo', { label, n: number ?? '?' })}
      </button>
    );
  };

  return (
    <div className="process">
      <p className="process__description">{pick(process.description)}</p>
      {process.articles.length > 0 && (
        <p className="muted small-text">{t('processes.articles', { articles: process.articles.join(', ') })}</p>
      )}
      <ol className="process__steps">
        {process.steps.map((step) => {
          const where = step.department ? department(step.department) : null;
          return (
            <li key={step.id} id={stepDomId(step.id)} tabIndex={-1} className={`process-step process-step--${step.kind}`}>
              <p className="process-step__text">
                <span className="process-step__kind">{t(`processes.kind.${step.kind}`)}</span> {pick(step.text)}
              </p>
              {step.department && (
                <p className="muted small-text">{t('processes.department', { department: where ? pick(where) : step.department })}</p>
              )}
              {step.kind === 'decision' && (
                <ul className="process-step__options">
                  {step.options.map((option) => (
                    <li key={option.to + pick(option.label)}>{jump(pick(option.label), option.to)}</li>
                  ))}
                </ul>
              )}
              {(step.kind === 'start' || step.kind === 'action') && (
                <p className="process-step__next">{jump(t('processes.then'), step.next)}</p>
              )}
              {step.kind === 'end' && <p className="muted small-text">{t('processes.endOfProcess')}</p>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
