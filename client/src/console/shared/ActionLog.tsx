import { useTranslation } from 'react-i18next';
import type { ConsoleActionEntry } from '../../../../scenarios/projection/callView.js';
import { formatDuration } from '../../i18n/formatters.js';
import { useLocalized } from '../../i18n/useLocalized.js';
import { useDirectory } from '../../session/useDirectory.js';
import { ScrollArea } from '../../ui/ScrollArea.js';
import { actionDetail, type DetailWords } from './actionDetail.js';
import { directoryLookups } from './directoryLabels.js';

interface ActionLogProps {
  actions: ConsoleActionEntry[];
  /** Times are shown from this moment (the launch), like a call recording's counter. */
  origin: number | null;
  highlightSeq?: number | null;
}

/** What the trainee did at the console, in order: the observer's view of the screen work. */
export function ActionLog({ actions, origin, highlightSeq = null }: ActionLogProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const directory = useDirectory();
  const known = directory?.ok ? directory.data : null;
  const lookups = directoryLookups(known);
  const said = (label: ReturnType<typeof lookups.category>, code: string) => (label ? pick(label) : code);
  const words: DetailWords = {
    category: (code) => said(lookups.category(code), code),
    department: (id) => said(lookups.department(id), id),
    disposition: (code) => said(lookups.disposition(code), code),
    colleague: (id) => known?.colleagues.find((colleague) => colleague.id === id)?.name ?? id,
  };
  return (
    <ScrollArea label={t('actionLog.list')} className="action-log" followKey={actions.length}>
      {actions.length === 0 ? (
        <p className="muted">{t('actionLog.empty')}</p>
      ) : (
        <ol className="action-log__list">
          {actions.map((action) => (
            <li key={action.seq} className={action.seq === highlightSeq ? 'is-highlighted' : undefined}>
              <time className="action-log__time">{origin === null ? '' : formatDuration(action.at - origin)}</time>{' '}
              <span className="action-log__type">{t(`eventType.${action.type.replace('.', '_')}`, { defaultValue: action.type })}</span>{' '}
              <span className="action-log__detail">{actionDetail(action, t, words)}</span>
            </li>
          ))}
        </ol>
      )}
    </ScrollArea>
  );
}
