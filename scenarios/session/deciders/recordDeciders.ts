import { emailPattern, phonePattern } from '../../../protocol/fieldPatterns.js';
import { fail } from '../../../protocol/result.js';
import { byTrainee, consoleOpenPhases, livePhases, unknown, type Deciders } from '../decider.js';

/** What a record's field may hold: a phone number, an e-mail address, an address, or a yes/no consent. */
function invalidFieldValue(field: string, value: string): string | null {
  if (field === 'privacyConsent' || field === 'marketingConsent')
    return value === 'true' || value === 'false' ? null : `${field} must be "true" or "false".`;
  if (field === 'email') return emailPattern.test(value) ? null : 'The e-mail address is not valid.';
  if (field === 'phone') return phonePattern.test(value) ? null : 'The phone number is not valid.';
  return value.length >= 5 ? null : 'The address is too short.';
}

/** The customer's record: find it, open it, verify who is calling, correct it, place and cancel orders. */
export const recordDeciders = {
  'customer.search': {
    phases: consoleOpenPhases,
    verb: 'search',
    decide: (action, _core, desk) => byTrainee('customer.searched', { query: action.query, results: desk.searchCustomers(action.query) }),
  },
  'customer.open': {
    phases: consoleOpenPhases,
    verb: 'open a record',
    decide: (action, _core, desk) => {
      const record = desk.customer(action.customerId);
      if (!record) return unknown('customer', action.customerId);
      return byTrainee('customer.opened', { customerId: record.id, record, history: desk.customerHistory(record.id) });
    },
  },
  'identity.verify': {
    phases: livePhases,
    verb: 'verify identity',
    decide: (action, _core, desk) => {
      if (!desk.customer(action.customerId)) return unknown('customer', action.customerId);
      return byTrainee('identity.verified', { customerId: action.customerId, checks: [...new Set(action.checks)] });
    },
  },
  'customer.update': {
    phases: consoleOpenPhases,
    verb: 'update a record',
    decide: (action, _core, desk) => {
      if (!desk.customer(action.customerId)) return unknown('customer', action.customerId);
      const invalid = invalidFieldValue(action.field, action.value);
      if (invalid) return fail('BAD_REQUEST', invalid);
      const { type: _type, ...fields } = action;
      return byTrainee('customer.updated', fields);
    },
  },
  'order.place': {
    phases: consoleOpenPhases,
    verb: 'place an order',
    decide: (action, core, desk) => {
      if (!desk.customer(action.customerId)) return unknown('customer', action.customerId);
      const items = action.items.map(({ productId, quantity }) => ({ product: desk.product(productId), productId, quantity }));
      const missing = items.find((item) => !item.product);
      if (missing) return unknown('product', missing.productId);
      const lines = items.map(({ product, productId, quantity }) => ({
        productId,
        name: product!.name,
        quantity,
        unitPrice: product!.price,
      }));
      const total = Math.round(lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0) * 100) / 100;
      const orderId = `ORD-S-${core.view.orders.length + 1}`;
      const { deliveryAddress, paymentMethod, customerId } = action;
      return byTrainee('order.placed', { orderId, customerId, items: lines, total, deliveryAddress, paymentMethod });
    },
  },
  'order.cancel': {
    phases: consoleOpenPhases,
    verb: 'cancel an order',
    decide: (action, core, desk) => {
      const known = desk.order(action.orderId) ?? core.view.orders.find((order) => order.orderId === action.orderId);
      if (!known) return unknown('order', action.orderId);
      // Only the open record's orders can be cancelled: an id typed from someone else's file is refused.
      const ownerId = 'customerId' in known ? known.customerId : desk.orderOwner(action.orderId);
      if (core.view.openRecord === null || ownerId !== core.view.openRecord.id) {
        return fail('FORBIDDEN', `Order ${action.orderId} is not an order of the customer whose record is open.`, {
          reason: 'orderOfAnotherCustomer',
          orderId: action.orderId,
        });
      }
      if (core.view.cancelledOrders.includes(action.orderId))
        return fail('INVALID_STATE', `Order ${action.orderId} is already cancelled.`, {
          reason: 'orderAlreadyCancelled',
          orderId: action.orderId,
        });
      return byTrainee('order.cancelled', { orderId: action.orderId, reason: action.reason });
    },
  },
} satisfies Partial<Deciders>;
