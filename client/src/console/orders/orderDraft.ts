/** A line of the order being written: what the catalogue showed when it was added. */
export interface DraftLine {
  productId: string;
  name: string;
  unitPrice: number;
  quantity: number;
}

export type DraftChange =
  | { type: 'add'; line: DraftLine }
  | { type: 'quantity'; productId: string; quantity: number }
  | { type: 'remove'; productId: string }
  | { type: 'clear' };

// What `order.place` accepts: up to 10 lines, 1 to 20 of each.
export const maxLines = 10;
export const maxQuantity = 20;

/** A quantity the order accepts: whole, 1 to `maxQuantity`; anything unreadable counts as 1. */
export const clampQuantity = (quantity: number) => Math.min(maxQuantity, Math.max(1, Math.round(Number.isFinite(quantity) ? quantity : 1)));

/** The draft lives in the console, not in the log: only the placed order is recorded. */
export function orderDraftReducer(lines: DraftLine[], change: DraftChange): DraftLine[] {
  switch (change.type) {
    case 'add': {
      const existing = lines.find((line) => line.productId === change.line.productId);
      if (existing) {
        return lines.map((line) => (line === existing ? { ...line, quantity: clampQuantity(line.quantity + change.line.quantity) } : line));
      }
      if (lines.length >= maxLines) return lines;
      return [...lines, { ...change.line, quantity: clampQuantity(change.line.quantity) }];
    }
    case 'quantity':
      return lines.map((line) => (line.productId === change.productId ? { ...line, quantity: clampQuantity(change.quantity) } : line));
    case 'remove':
      return lines.filter((line) => line.productId !== change.productId);
    case 'clear':
      return [];
  }
}

/** Euros with cents, as the server totals them. */
export const draftTotal = (lines: DraftLine[]): number =>
  Math.round(lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0) * 100) / 100;
