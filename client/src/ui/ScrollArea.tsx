import { useEffect, useRef, type ReactNode } from 'react';

interface ScrollAreaProps {
  label: string;
  className?: string;
  /** Changes when content is appended; the area then follows the newest entry. */
  followKey?: number;
  children: ReactNode;
}

/** A scrolling box that keyboard users can reach and scroll (it takes focus), with a name. */
export function ScrollArea({ label, className, followKey, children }: ScrollAreaProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (element && followKey !== undefined) element.scrollTop = element.scrollHeight;
  }, [followKey]);
  return (
    <div ref={box} className={`scroll-area ${className ?? ''}`} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
