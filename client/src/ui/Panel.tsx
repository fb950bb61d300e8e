import { useId, type ReactNode, type Ref } from 'react';
import { usePanelEmbedded } from './panelEmbedding.js';

interface PanelProps {
  title: string;
  className?: string;
  /** Controls shown on the heading's line, like a mute toggle. */
  tools?: ReactNode;
  children: ReactNode;
  headingLevel?: 2 | 3;
  /** For a panel that opens on request and moves focus to its heading (the heading then takes programmatic focus). */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** A titled region of a console: a landmark with its heading as its name. */
export function Panel({ title, className, tools, children, headingLevel = 2, headingRef }: PanelProps) {
  const headingId = useId();
  const embedded = usePanelEmbedded();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={`panel${embedded ? ' panel--embedded' : ''} ${className ?? ''}`} aria-labelledby={headingId}>
      <div className={embedded && !tools ? 'sr-only' : 'panel__head'}>
        <Heading
          id={headingId}
          ref={headingRef}
          tabIndex={headingRef ? -1 : undefined}
          className={embedded ? 'panel__title sr-only' : 'panel__title'}
        >
          {title}
        </Heading>
        {tools && <div className="panel__tools">{tools}</div>}
      </div>
      <div className="panel__body">{children}</div>
    </section>
  );
}
