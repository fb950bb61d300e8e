import { describe, expect, it } from 'vitest';
import {
  clampQuantity,
  draftTotal,
  maxLines,
  maxQuantity,
  orderDraftReducer,
  type DraftLine,
} from '../../../client/src/console/orders/orderDraft.js';

const router: DraftLine = { productId: 'P-ROUTER', name: 'Router Wi-Fi 6', unitPrice: 89.9, quantity: 1 };
const cable: DraftLine = { productId: 'P-CABLE', name: 'Cavo di rete 5 m', unitPrice: 4.35, quantity: 3 };

describe('the order being written', () => {
  it('totals euros and cents as the server does', () => {
    const lines = [router, cable].reduce((draft, line) => orderDraftReducer(draft, { type: 'add', line }), [] as DraftLine[]);
    expect(draftTotal(lines)).toBe(102.95);
    expect(draftTotal(orderDraftReducer(lines, { type: 'quantity', productId: 'P-CABLE', quantity: 1 }))).toBe(94.25);
    expect(draftTotal([])).toBe(0);
  });

  it('adds to the line of a product already in the order instead of a second line', () => {
    let lines = orderDraftReducer([], { type: 'add', line: router });
    lines = orderDraftReducer(lines, { type: 'add', line: { ...router, quantity: 2 } });
    expect(lines).toEqual([{ ...router, quantity: 3 }]);
  });

  it('keeps every quantity between 1 and the most the order accepts', () => {
    const lines = orderDraftReducer([], { type: 'add', line: router });
    expect(orderDraftReducer(lines, { type: 'quantity', productId: 'P-ROUTER', quantity: 0 })[0]?.quantity).toBe(1);
    expect(orderDraftReducer(lines, { type: 'quantity', productId: 'P-ROUTER', quantity: -4 })[0]?.quantity).toBe(1);
    expect(orderDraftReducer(lines, { type: 'quantity', productId: 'P-ROUTER', quantity: 2.6 })[0]?.quantity).toBe(3);
    expect(orderDraftReducer(lines, { type: 'quantity', productId: 'P-ROUTER', quantity: 99 })[0]?.quantity).toBe(maxQuantity);
    expect(orderDraftReducer(lines, { type: 'quantity', productId: 'P-ROUTER', quantity: Number.NaN })[0]?.quantity).toBe(1);
    expect(orderDraftReducer(lines, { type: 'add', line: { ...router, quantity: maxQuantity } })[0]?.quantity).toBe(maxQuantity);
    expect([clampQuantity(0), clampQuantity(7), clampQuantity(21)]).toEqual([1, 7, maxQuantity]);
  });

  it('takes no more lines than the order accepts', () => {
    let lines: DraftLine[] = [];
    for (let index = 0; index < maxLines + 2; index++) {
      lines = orderDraftReducer(lines, { type: 'add', line: { ...cable, productId: `P-${index}`, quantity: 1 } });
    }
    expect(lines).toHaveLength(maxLines);
    expect(lines.at(-1)?.productId).toBe(`P-${maxLines - 1}`);
  });

  it('removes one line, or clears the whole order once placed', () => {
    const lines = [router, cable];
    expect(orderDraftReducer(lines, { type: 'remove', productId: 'P-ROUTER' })).toEqual([cable]);
    expect(orderDraftReducer(lines, { type: 'clear' })).toEqual([]);
  });
});
