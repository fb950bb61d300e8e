import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * After opening an item from a list (a product sheet, an article), the keyboard follows it to its heading.
 * The open action only asks (`focusWhenShown(true)`); the focus moves once the item is on screen, since the
 * server's view may arrive after the action's answer.
 */
export function useFocusWhenShown(shown: object | null): {
  headingRef: RefObject<HTMLHeadingElement | null>;
  focusWhenShown: (wanted: boolean) => void;
} {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [wanted, focusWhenShown] = useState(false);
  useEffect(() => {
    if (!wanted || !shown) return;
    headingRef.current?.focus();
    focusWhenShown(false);
  }, [wanted, shown]);
  return { headingRef, focusWhenShown };
}
