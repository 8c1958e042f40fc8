/** The sub-order page: the API reads a sub-order through its order, so the link carries both ids. */
export const subOrderPath = (s: { id: string; orderId: string }) =>
  `/seller/orders/${s.id}?order=${encodeURIComponent(s.orderId)}`;
