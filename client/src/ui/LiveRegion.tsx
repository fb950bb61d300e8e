/** Always in the page, so screen readers notice when its text changes. */
export function LiveRegion({ message, politeness }: { message: string; politeness: 'polite' | 'assertive' }) {
  return (
    <div className="sr-only" aria-live={politeness} aria-atomic="true">
      {message}
    </div>
  );
}
