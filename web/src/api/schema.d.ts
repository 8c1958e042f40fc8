// Generated from the server’s OpenAPI document by `npm run api:generate`; do not edit.
export interface paths {
  '/api/v1/users/auth/register': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create an account (customer, seller or carrier)
     * @description Sellers and carriers give a company with a valid ИНН and start pending until an admin approves them.
     */
    post: operations['register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Log in with email and password */
    post: operations['login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Rotate the token pair
     * @description A refresh token works once. Presenting a used one again revokes the whole login (theft detection).
     */
    post: operations['refreshSession'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End the session this refresh token belongs to */
    post: operations['logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/auth/logout-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End every session of the current user, on every device */
    post: operations['logoutEverywhere'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The current user */
    get: operations['getMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Update name, phone or company requisites */
    patch: operations['updateMe'];
    trace?: never;
  };
  '/api/v1/users/me/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change the password; every other session is revoked */
    post: operations['changeMyPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/me/devices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Devices with live sessions */
    get: operations['listMyDevices'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/me/devices/{deviceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke a device's sessions */
    delete: operations['revokeMyDevice'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Admin: find users */
    get: operations['listUsers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Admin: one user */
    get: operations['getUser'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Admin: who did what to this account, when and why */
    get: operations['listUserAudit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Admin: approve a pending seller or carrier */
    post: operations['approveUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/suspend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Admin: suspend an account; its tokens stop working at once */
    post: operations['suspendUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/reinstate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Admin: lift a suspension */
    post: operations['reinstateUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/me/requisites': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your bank requisites */
    get: operations['getMyRequisites'];
    /** Set your bank requisites (both accounts checked against the БИК) */
    put: operations['setMyRequisites'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/me/tax-regimes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your tax regime and its history */
    get: operations['listMyTaxRegimes'];
    put?: never;
    /** Change your tax regime from a date (today or later) */
    post: operations['addMyTaxRegime'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/requisites': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Admin: a seller's or carrier's bank requisites */
    get: operations['getUserRequisites'];
    /** Admin: set a seller's or carrier's bank requisites */
    put: operations['setUserRequisites'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/tax-regimes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Admin: a seller's or carrier's tax regime and its history */
    get: operations['listUserTaxRegimes'];
    put?: never;
    /** Admin: change a seller's or carrier's tax regime from a date (today or later) */
    post: operations['addUserTaxRegime'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/catalog/categories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The category tree with counts of products on sale */
    get: operations['getCategoryTree'];
    put?: never;
    /** Admin: add a category */
    post: operations['createCategory'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/catalog/categories/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Admin: delete an unused category */
    delete: operations['deleteCategory'];
    options?: never;
    head?: never;
    /** Admin: rename or move a category */
    patch: operations['updateCategory'];
    trace?: never;
  };
  '/api/v1/catalog/products/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A product card with every active offer and its stock per warehouse */
    get: operations['getProduct'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Seller: edit a card you created (admins: any) */
    patch: operations['updateProduct'];
    trace?: never;
  };
  '/api/v1/catalog/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Search products: text, filters, sorting, facets
     * @description Only products with a visible offer (active, approved seller, in stock or on backorder) are found. `attr.<name>=<value>` filters by an attribute: repeat one name to accept any of its values; different names must all match. Facets and total cover the whole matching set.
     */
    get: operations['searchProducts'];
    put?: never;
    /** Seller: add a product card when none fits */
    post: operations['createProduct'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/catalog/offers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Seller: your offers */
    get: operations['listOffers'];
    put?: never;
    /** Seller: offer a product at your price */
    post: operations['createOffer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/catalog/offers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An offer with its product and stock per warehouse
     * @description Its seller and admins: any state, with on hand, reserved and available per warehouse. Anyone else: an active offer of an approved seller, with what is available per warehouse (404 otherwise).
     */
    get: operations['getOffer'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Seller: change price, VAT, minimum, step or status (each price change is kept) */
    patch: operations['updateOffer'];
    trace?: never;
  };
  '/api/v1/catalog/offers/{id}/price-history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Price history of an offer
     * @description Public for an active offer of an approved seller; a paused offer, or one of a suspended seller, is shown only to its seller and admins (404 to anyone else).
     */
    get: operations['getOfferPriceHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/catalog/warehouses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Seller: your warehouses */
    get: operations['listWarehouses'];
    put?: never;
    /** Seller: add a warehouse */
    post: operations['createWarehouse'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/catalog/warehouses/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Seller: one of your warehouses (admins: any) */
    get: operations['getWarehouse'];
    put?: never;
    post?: never;
    /** Seller: remove a warehouse (refused while it holds anything, on hand or reserved) */
    delete: operations['deleteWarehouse'];
    options?: never;
    head?: never;
    /** Seller: edit a warehouse */
    patch: operations['updateWarehouse'];
    trace?: never;
  };
  '/api/v1/catalog/warehouses/{id}/stock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Seller: a warehouse's stock by product name, with what orders hold (admins: any) */
    get: operations['listWarehouseStock'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/catalog/warehouses/{id}/stock/{offerId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Seller: set the quantity on hand of an offer in a warehouse */
    put: operations['setWarehouseStock'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/catalog/price-lists': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Seller: upload a price list (CSV or XLSX); dryRun=true checks it and changes nothing
     * @description A CSV (`,` `;` or tab separated, UTF-8 or Windows-1251) or XLSX (first visible sheet) file in the
     *     multipart field `file`. The first row names the columns
     *     (case-insensitive; Russian names such as «Артикул», «Цена», «НДС» also work): sku, name, category, unit, price, vat, min_qty, step, brand, weight_kg, volume_m3,
     *     then one stock column per warehouse, headed by its code (MSK-1). Each row is matched to a card by `sku`;
     *     an unknown SKU makes a new card (name, category slug or id and unit are then required; weight_kg and
     *     volume_m3 default to 0 when absent). The seller's offer is created or updated (price in rubles with comma
     *     or dot decimals, VAT 22/10/0/none, min_qty, step); each stock cell sets the quantity on hand (an empty cell
     *     leaves it; below the reserved quantity is an error). Existing cards are never edited by a price list.
     *     `dryRun=true` reports what would happen and changes nothing. A real run applies all rows in one transaction,
     *     or, if any row is bad, none: 422 `CATALOG.PRICE_LIST_INVALID` with the same report.
     *
     *     Limits, checked while the file is read; past any, reading stops and the answer is 413
     *     `CATALOG.PRICE_LIST_TOO_LARGE` whose `limit` names it and `max` gives its value:
     *     `fileBytes` 67108864 (64 MiB), `rows` 100000 non-empty data rows, `columns` 256 (the rightmost
     *     cell with content), `cells` 3000000 cells read (empty ones included), `cellCharacters` 32767
     *     characters in a cell, `bytes` 200000000 bytes unpacked (XLSX), `sharedStrings` 500000 distinct texts of an
     *     XLSX and `sharedStringCharacters` 16000000 characters in them, `mergedRanges` 65536
     *     merged ranges, `seconds` 20 s to read the file.
     */
    post: operations['importPriceList'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/catalog/price-lists/template.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An example price list (XLSX); with a seller token, its stock columns are your warehouse codes */
    get: operations['getPriceListTemplate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/cart': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The cart: lines with live prices and stock, per seller, totals with VAT, delivery quotes */
    get: operations['getCart'];
    put?: never;
    post?: never;
    /** Empty the cart */
    delete: operations['clearCart'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/cart/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add an offer (adding one already in the cart adds to its line) */
    post: operations['addCartItem'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/cart/items/{itemId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a line */
    delete: operations['removeCartItem'];
    options?: never;
    head?: never;
    /** Change a line’s quantity */
    patch: operations['updateCartItem'];
    trace?: never;
  };
  '/api/v1/orders/cart/address': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Where to deliver: the cart then quotes delivery per seller */
    put: operations['setCartAddress'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/checkout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Turn the cart into an order: reserve stock, one sub-order per seller warehouse
     * @description Idempotent: a retry with the same Idempotency-Key returns the same order (200, Idempotent-Replayed: true); the same key with another body is 422. 409 ORDER.INSUFFICIENT_STOCK lists the lines and what is available; 409 ORDER.PRICE_CHANGED lists old and new prices unless acceptPriceChanges is true.
     */
    post: operations['checkout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Orders: a customer’s own, or all for admins; newest first */
    get: operations['listOrders'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/sub-orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Seller: its sub-orders (admins: all); newest first */
    get: operations['listSubOrders'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/sub-orders/{subOrderId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Seller: one of its sub-orders, read through its order */
    get: operations['getSubOrder'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/sub-orders/{id}/transition': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Seller: move a sub-order along its state machine (409 names the allowed moves) */
    post: operations['transitionSubOrder'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An order with its sub-orders, lines and payments */
    get: operations['getOrder'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every status change of the order and its sub-orders: who, when, why */
    get: operations['listOrderHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Customer: cancel the order while every part of it is at most ready (stock released) */
    post: operations['cancelOrder'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/admin/sellers/{sellerId}/cancel-open': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Admin: cancel every part of a suspended seller’s orders not yet handed over (refunds follow) */
    post: operations['cancelSellerOpenSubOrders'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/returns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Customer: ask to return lines of a part received (picked up or delivered) within the return window */
    post: operations['createOrderReturn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/returns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Returns: a customer’s own, a seller’s (of its sub-orders), or all for admins; newest first */
    get: operations['listReturns'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/returns/{returnId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One return, read through its order */
    get: operations['getOrderReturn'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/returns/{returnId}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Seller: take the goods back (restocked on a warehouse if named) and pay them back */
    post: operations['acceptReturn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/returns/{returnId}/refuse': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Seller: refuse the return, saying why */
    post: operations['refuseReturn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An order’s payments (card and invoice) and refunds, oldest first (its customer, or an admin) */
    get: operations['listOrderPayments'];
    put?: never;
    /**
     * Customer: pay the unpaid part of a card order
     * @description Charges what the order’s pending_payment sub-orders cost; on success they become paid. A declined card is a 201 with status declined and declineCode (try another card with a new key); requires_action carries action.url, the 3-D Secure page, after which the provider’s webhook settles the payment. Idempotent: a retry with the same Idempotency-Key answers the same payment as it stands (200, Idempotent-Replayed: true): pending until it is settled (by its answer, its webhook, or a look-up at the provider a couple of minutes later should this request be cut off), then the settled result; the same key with another card is 422. One charge per order: 409 ORDER.ALREADY_PAID once it is paid; 409 PAYMENT.IN_PROGRESS while another payment of the order is pending or waits for 3-D Secure (its paymentId, status and action.url: finish it there, or cancel it at /{id}/payments/{paymentId}/cancel). 409 ORDER.NOT_PAYABLE: an invoice order, a cancelled one, or the time to pay ran out. 503 PAYMENT.PROVIDER_NOT_CONFIGURED: no card-payment provider here. The card number and CVC are never stored, logged or answered.
     */
    post: operations['createOrderPayment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/payments/{paymentId}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Customer: abandon a card payment waiting for 3-D Secure, so the order can be paid anew
     * @description Cancels the payment at the provider: its 3-D Secure page then charges nothing. 200 with the payment (cancelled; again: the same). 409 PAYMENT.NOT_CANCELLABLE: it is still being sent to the provider, or already ended — a confirmation that reached the provider first wins (the payment is then succeeded).
     */
    post: operations['cancelOrderPayment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/sub-orders/{id}/mark-paid': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Seller or admin: record a bank transfer received for this sub-order’s invoice
     * @description An invoice payment: amount, the payment order’s date and number. The sub-order becomes paid once what it received reaches its total; less leaves it pending_payment with dueMinor still due; more is a 422 PAYMENT.AMOUNT_EXCEEDS_DUE. The same document again answers as before; with another amount or date 422 PAYMENT.DOCUMENT_ALREADY_RECORDED. Money for a sub-order already cancelled is recorded and a refund is due at once. 409 ORDER.NOT_INVOICE for a card order.
     */
    post: operations['markSubOrderPaid'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/payments/webhook/{provider}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Payment provider → us: a payment succeeded or failed (signed; no bearer token)
     * @description Verified by its Tutuu-Signature header (HMAC-SHA256 of "<t>.<raw body>", 5 minutes tolerance): a missing, malformed, stale or wrong signature is 401. Each event is applied once, in one transaction: a redelivery answers 200 with duplicate: true and changes nothing. An unknown providerPaymentId is 404 (the provider retries later).
     */
    post: operations['receivePaymentWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/payments/test-3ds/{providerPaymentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Test provider: the 3-D Secure page a customer is sent to (HTML)
     * @description Shows the amount and the card’s last four digits with two buttons: «Подтвердить», «Отклонить».
     */
    get: operations['getTestThreeDsPage'];
    put?: never;
    /**
     * Test provider: the customer confirms or declines 3-D Secure
     * @description Form field outcome=succeed|fail. The provider’s signed webhook is delivered to our webhook handler at once: succeed marks the payment succeeded and the order paid, fail marks it failed. Pressing the same button again changes nothing; the other one is 409, and so is either once the challenge lapsed (an hour, PAYMENT.THREE_DS_EXPIRED). Answers HTML, or JSON for Accept: application/json.
     */
    post: operations['submitTestThreeDs'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/sub-orders/{id}/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Seller: a sub-order’s invoice payments and refunds, what it received and what is still due */
    get: operations['listSubOrderPayments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/refunds/{id}/paid-back': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Seller or admin: a refund due (invoice money) was paid back by bank transfer
     * @description The payment order’s number and date: the refund becomes paid_back. The same again answers the same; a refund not due (a card refund, or one already paid back with another document) is 409 REFUND.NOT_DUE.
     */
    post: operations['markRefundPaidBack'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/admin/refunds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Admin: refunds newest first, by status (due: to pay back by hand; failed: to look at) */
    get: operations['listRefundsForAdmin'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/admin/refunds/{id}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Admin: try again a card refund that failed to reach the payment provider
     * @description Back to pending, paid back by the relay (the provider knows it by its id: never paid twice). 409 REFUND.NOT_RETRYABLE for one not failed, or refused by the provider.
     */
    post: operations['retryRefund'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{id}/invoice.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Customer or admin: the order’s invoices (счета на оплату), one per seller, in one PDF
     * @description Each live sub-order’s invoice starts on a new page; cancelled sub-orders are left out. 409 ORDER.NOT_INVOICE for an order paid by card, 409 ORDER.CANCELLED when every part is cancelled.
     */
    get: operations['getOrderInvoicePdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/sub-orders/{id}/invoice.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Seller or admin: the invoice (счёт на оплату) of one sub-order, as a PDF
     * @description 409 ORDER.NOT_INVOICE for an order paid by card, 409 ORDER.CANCELLED for a cancelled sub-order.
     */
    get: operations['getSubOrderInvoicePdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/admin/events/dead': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Admin: events and deadlines parked as dead after their last attempt */
    get: operations['listDeadEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/admin/events/{id}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Admin: put a dead event or deadline back in the queue, due now, attempts reset */
    post: operations['retryDeadEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/logistics/quote': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The delivery guide price: the vehicle the load needs, how many, road km and the price
     * @description The same function the cart and checkout use. Only bodies the cargo allows are priced (bulk cement → цементовоз, ready concrete → бетоновоз, bulk → самосвал, unloading=crane → манипулятор; an item longer than a body rules it out). 422 LOGISTICS.NO_VEHICLE_FITS names the field that rules every class out (body, lengthM or cargo).
     */
    get: operations['getDeliveryQuote'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/logistics/vehicles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Carrier: your vehicles, newest first (admins: everyone’s, or one carrier’s with carrierId) */
    get: operations['listVehicles'];
    put?: never;
    /**
     * Carrier: add a vehicle
     * @description 409 LOGISTICS.PLATE_TAKEN when another live vehicle has the plate.
     */
    post: operations['createVehicle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/logistics/vehicles/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Carrier: one of your vehicles, with whether its tracker key is live (admins: any) */
    get: operations['getVehicle'];
    put?: never;
    post?: never;
    /**
     * Carrier: remove a vehicle (its live bids are withdrawn, its tracker key revoked)
     * @description 409 LOGISTICS.VEHICLE_BUSY while it has a delivery under way or an award to confirm.
     */
    delete: operations['deleteVehicle'];
    options?: never;
    head?: never;
    /**
     * Carrier: edit a vehicle
     * @description Plate, name and base always; body type, payload, volume, length and crane not while the vehicle has a delivery under way or an award to confirm (409 LOGISTICS.VEHICLE_BUSY).
     */
    patch: operations['updateVehicle'];
    trace?: never;
  };
  '/api/v1/logistics/vehicles/{id}/tracker-key': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Carrier: a new device key for the vehicle’s phone tracker (Traccar Client, OsmAnd)
     * @description The key is shown only in this answer and replaces the vehicle’s previous one. Put setup.serverUrl in Traccar Client as the server address and the key as the device identifier.
     */
    post: operations['issueTrackerKey'];
    /** Carrier: revoke the vehicle’s tracker key (its tracker’s positions are no longer taken) */
    delete: operations['revokeTrackerKey'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/logistics/jobs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The job board: open jobs one of your vehicles fits, nearest pickup first
     * @description Before the award the drop-off is shown to about 1 km and without the receiver; the lowest bid shows, not who made it.
     */
    get: operations['listJobBoard'];
    put?: never;
    /**
     * Put a delivery sub-order out to carriers before it is ready (from confirmed on)
     * @description Jobs are also posted automatically when a delivery sub-order becomes ready. Posting again answers the same job (200).
     */
    post: operations['postDeliveryJob'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/logistics/jobs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One delivery job with its bids (to its customer, seller, admins; carriers see their own bids) */
    get: operations['getDeliveryJob'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/logistics/jobs/{id}/bids': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Bid on a job: a price and a pickup time with one of your vehicles that fits
     * @description A new bid must be lower than your previous one (409 LOGISTICS.BID_NOT_LOWER); a bid in the last 5 minutes moves the close to 5 minutes after it.
     */
    post: operations['placeBid'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/logistics/jobs/{id}/bids/{bidId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Withdraw your bid before the close */
    delete: operations['withdrawBid'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/logistics/jobs/{id}/award': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Award a bid before the close (the customer or seller of the sub-order, or an admin)
     * @description Any active bid within the guide price; above it only an admin may award (409 LOGISTICS.BID_ABOVE_GUIDE): the customer is never charged the difference.
     */
    post: operations['awardBid'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/logistics/jobs/{id}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The winner confirms the award: its delivery starts */
    post: operations['confirmAward'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/logistics/jobs/{id}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The winner declines the award: the next-best bid wins, or the job goes back out */
    post: operations['declineAward'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/logistics/admin/jobs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Delivery jobs for admins; ?flagged=true lists those nobody covered at the guide price */
    get: operations['listJobsForAdmin'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/logistics/deliveries/{id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The carrier reports the next step: en_route_to_pickup → loaded → in_transit → delivered, or failed
     * @description delivered needs recipientName (the proof; attach a photo with POST …/proof-photo); failed needs a reason and puts the job back out. Each step is mirrored onto the sub-order (loaded → handed_to_carrier, in_transit, delivered; failed → ready).
     */
    post: operations['moveDelivery'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/logistics/deliveries/{id}/proof-photo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The proof-of-delivery photo (the carrier, the customer, the seller, admins) */
    get: operations['getProofPhoto'];
    put?: never;
    /** The carrier attaches a photo of the goods handed over (JPEG, PNG, WebP or HEIC, multipart field "photo") */
    post: operations['uploadProofPhoto'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/logistics/me/bids': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Carrier: my bids, newest first, with their status and job */
    get: operations['listMyBids'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/logistics/me/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Carrier: my deliveries (state=active: under way; done: delivered, failed, cancelled) */
    get: operations['listMyDeliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/logistics/me/earnings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Carrier: what my delivered deliveries earned, per Moscow calendar month of a year (default: this one) */
    get: operations['getMyEarnings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/logistics/deliveries/{id}/positions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Carrier: report a batch of positions of its delivery
     * @description The awarded carrier, while the delivery is awarded, en route to the pickup, loaded or in transit (finished: 409; anyone else: 404). Points older than the newest usable one, or over 200 km/h from it, are kept but flagged and not used for the ETA; the usable ones move the ETA, record geofence arrivals and go out on the live stream. A fix more than 5 minutes ahead of the server clock is a 400.
     */
    post: operations['reportDeliveryPositions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/logistics/deliveries/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A delivery: status, vehicle, route so far, distance left, ETA, timeline
     * @description For the awarded carrier, the order’s customer, the seller and admins (others: 404). The route is simplified (Douglas–Peucker, 5 m) from usable positions; the ETA follows docs/domain.md (Tracking); suggestedStatus is what the geofences offer the carrier. The carrier’s price and the recipient’s contact: carrier and admins only.
     */
    get: operations['getDelivery'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/logistics/deliveries/{id}/replay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A finished delivery’s route, point by point, with its timeline, to play back
     * @description Customer, seller, admins and the carrier; 409 while the delivery runs.
     */
    get: operations['getDeliveryReplay'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/logistics/deliveries/{id}/share-links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Customer: a link to a read-only live view for whoever takes the goods on site
     * @description The token is shown once. The link shows status, vehicle, route, ETA and timeline — no prices, no phones — and is dead once revoked or once the delivery has ended. 409 when the delivery has ended or has 10 live links.
     */
    post: operations['createShareLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/logistics/deliveries/{id}/share-links/{linkId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Customer (or admin): revoke a share link; its open streams end */
    delete: operations['revokeShareLink'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/logistics/track/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A share link’s read-only view of a delivery (no account needed)
     * @description 404 for an unknown or revoked link and once the delivery has ended.
     */
    get: operations['getTrackedDelivery'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/logistics/osmand': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Phone trackers (OsmAnd, Traccar Client): report a position by device key
     * @description Query or form parameters id=<device key>&lat=&lon=&timestamp=&speed=&bearing=&altitude=&accuracy=&batt= (speed in knots; timestamp Unix seconds or milliseconds, or ISO 8601), or the JSON body Traccar Client sends: {"device_id": key, "location": {"timestamp", "coords": {"latitude", "longitude", "speed" (m/s), "heading", "accuracy", "altitude"}, …}} (location may be a list). The key goes to its vehicle’s delivery under way. Unknown or revoked key: 404; no delivery under way: 409; 200 only when stored. At most 600 reports a minute per device key (429 beyond).
     */
    get: operations['reportTrackerPositionByQuery'];
    put?: never;
    /**
     * Phone trackers (OsmAnd, Traccar Client): report a position by device key
     * @description Query or form parameters id=<device key>&lat=&lon=&timestamp=&speed=&bearing=&altitude=&accuracy=&batt= (speed in knots; timestamp Unix seconds or milliseconds, or ISO 8601), or the JSON body Traccar Client sends: {"device_id": key, "location": {"timestamp", "coords": {"latitude", "longitude", "speed" (m/s), "heading", "accuracy", "altitude"}, …}} (location may be a list). The key goes to its vehicle’s delivery under way. Unknown or revoked key: 404; no delivery under way: 409; 200 only when stored. At most 600 reports a minute per device key (429 beyond).
     */
    post: operations['reportTrackerPosition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/logistics/deliveries/{id}/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Watch a delivery live: WebSocket, or SSE with Accept: text/event-stream
     * @description For the order’s customer, the seller and admins (anyone else: 404, before any upgrade). The token comes as Authorization: Bearer or, for a browser’s WebSocket, ?access_token=. Messages are JSON {type, …}: snapshot (first), positions, eta, geofence, arriving_soon, status. A plain GET answers the snapshot.
     */
    get: operations['watchDelivery'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/logistics/track/{token}/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A share link’s live stream (WebSocket or SSE), no account needed
     * @description The same messages as the delivery’s live stream, without reasons. Ends when the link dies.
     */
    get: operations['watchTrackedDelivery'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/insights/estimate-templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Estimate templates: each job kind with its inputs (units, bounds, defaults, norms and their sources) */
    get: operations['listEstimateTemplates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/insights/estimates/calculate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Prices described jobs: materials by the norms, mapped to products, offers by the strategy, totals per seller
     * @description Each job’s inputs are checked and defaulted as GET /estimate-templates lists them (400 names jobs.N.inputs.X). Each line maps to products by category and exact attributes, never by name; a material without a fitting offer with enough stock in one warehouse is answered with offer null, a reason and reasonCode, and listed in `missing`. Delivery per seller is the guide price the cart would show for the same lines, only with pricing.near.
     */
    post: operations['calculateEstimate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/insights/estimates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Customer: its estimates, newest first, with the total of each one’s last save */
    get: operations['listEstimates'];
    put?: never;
    /**
     * Customer: save an estimate (version 1), priced now
     * @description The body is a calculate request with a title; it is checked as calculate checks it (400 naming the field). A customer keeps at most 200 estimates (409 ESTIMATE.TOO_MANY).
     */
    post: operations['createEstimate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/insights/estimates/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Customer: an estimate priced now; lines whose price moved since the last save carry previousPriceMinor */
    get: operations['getEstimate'];
    put?: never;
    post?: never;
    /** Customer: delete an estimate with its versions and share links */
    delete: operations['deleteEstimate'];
    options?: never;
    head?: never;
    /**
     * Customer: save a change (a new version): title, jobs, pricing, overrides, free lines
     * @description Each part given replaces the saved one whole (overrides refer to jobs by their place in `jobs`: send them again when jobs move); `pricing: null` removes it. `version` names the version edited: another save since is a 409 ESTIMATE.VERSION_CONFLICT with currentVersion. The latest 100 versions are kept.
     */
    patch: operations['updateEstimate'];
    trace?: never;
  };
  '/api/v1/insights/estimates/{id}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Customer: an estimate’s saves, newest first, with their totals as priced then */
    get: operations['listEstimateVersions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/insights/estimates/{id}/versions/{version}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Customer: one save as it was saved, and priced now */
    get: operations['getEstimateVersion'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/insights/estimates/{id}/to-cart': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Customer: every line priced now into the cart; answers what went in and what did not, and why
     * @description Each line with an offer goes in with its order quantity (whole packs × the offer’s step, at least its minimum); lines of one offer go in together and add to the cart’s line of that offer, as POST /cart/items adds (a second call adds again), rounded up onto the offer’s grid. Lines without an offer, excluded ones, free lines of your own and offers the cart refuses are listed in `skipped` with reasonCode and reason.
     */
    post: operations['addEstimateToCart'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/insights/estimates/{id}/share': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Customer: a read-only link to the estimate for anyone holding it (the token is shown once)
     * @description Only the token’s sha256 is kept. At most 10 live links per estimate (409 ESTIMATE.TOO_MANY_SHARES).
     */
    post: operations['shareEstimate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/insights/estimates/{id}/share/{shareId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Customer: revoke a share link (its token then opens nothing); revoking twice is the same as once */
    delete: operations['revokeEstimateShare'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/insights/shared-estimates/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A shared estimate, read-only and priced now (no account needed)
     * @description No ids and no owner are shown. 404 for an unknown or revoked token and once the estimate is deleted.
     */
    get: operations['getSharedEstimate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/insights/estimates/copy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Customer: copy a shared estimate into its own (version 1, priced now)
     * @description The token travels in the body, not the path, so no log line holds it. 404 ESTIMATE.SHARE_NOT_FOUND for an unknown or revoked token; the copy counts towards the customer’s estimates (409 ESTIMATE.TOO_MANY).
     */
    post: operations['copySharedEstimate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/insights/estimates/{id}/estimate.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Customer: the estimate as a PDF (Russian): a table per job with formulas and norms, totals by seller, VAT */
    get: operations['getEstimatePdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/insights/estimates/{id}/estimate.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Customer: the estimate as an Excel workbook: a sheet per job and «Итого», with live formulas */
    get: operations['getEstimateXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/insights/shared-estimates/{token}/estimate.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A shared estimate as a PDF (no account needed) */
    get: operations['getSharedEstimatePdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/insights/recommendations/bought-together': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Products bought together with a product, ranked by lift shrunk toward 1, only those on sale now
     * @description Pairs held by at least 3 orders, scored (n_ab + 100) / (n_a·n_b/N + 100); each item says why (support, lift, confidence). Slots the pairs leave go to the most ordered products of its category, then its parents (path cold_start when no pair qualified). Unknown product: 404.
     */
    get: operations['listBoughtTogether'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/insights/recommendations/for-me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Customer: what completes their project, from their orders, open cart and saved estimates
     * @description The cart’s and the latest saved estimates’ bought-together partners; for past orders, what the customers who bought most of the customer’s latest stage (its purchases within 14 days of the latest) bought after it. Left out: products bought in the last 7 days, in the cart, or not on sale now. Slots left (all of them for a customer with nothing: path cold_start) go to popular products of the cart’s and estimates’ categories, then of their region (their latest order’s, else `region`, else moscow).
     */
    get: operations['listRecommendationsForMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/insights/forecast': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Forecasts an offer's or a product's price, weekly, with 80 % and 95 % intervals and a backtest
     * @description Exactly one of productId, offerId (else 400 naming it). Damped-trend exponential smoothing fitted to the weekly series (the price at each Moscow week’s end; a product: the median of its shown offers), or simple smoothing when the trend does not earn its parameters (lower AICc), and the series’ own rolling-origin backtest at the same steps (MASE, interval coverage). With fewer than 30 weekly points the answer is status insufficient_history instead of a guess. Money in kopecks, rounded half up.
     */
    get: operations['getPriceForecast'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/insights/trends': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Demand and a chained price index per week or month for a category and region, with top movers
     * @description Periods are Moscow weeks (Monday to Sunday) or months, from the one holding `from` to the one holding `to` (default: the last 12 up to today; at most 104 weeks or 36 months, else 400 naming from). Each period: orders (each once), units (summed over the products’ own units), revenue with VAT, the chained Jevons price index (100 at the first period) and the change against the previous period (wow/mom) in per cent. Movers: products whose units changed most between the last two complete periods. `mine=true` needs a seller’s token (none: 401; another role: 403) and adds its own figures, its share of revenue and its prices against the market’s median. Unknown category: 404 naming category.
     */
    get: operations['getMarketTrends'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AuthResult: {
      user: components['schemas']['User'];
      /** @description JWT (HS256), valid 15 minutes */
      accessToken: string;
      /** @description Opaque, valid 30 days, single use: each refresh returns a new one */
      refreshToken: string;
    };
    BankRequisites: {
      bank: {
        bankName: string;
        bik: string;
        corrAccount: string;
        account: string;
      } | null;
    };
    CategoryNode: {
      id: string;
      slug: string;
      name: string;
      parentId: string | null;
      path: string;
      position: number;
      productCount: number;
      children: components['schemas']['CategoryNode'][];
    };
    DeadEvent: {
      /** Format: uuid */
      id: string;
      /**
       * @description An outbox event or a deadline
       * @enum {string}
       */
      source: 'event' | 'deadline';
      /** @description The event type (order.paid) or the deadline kind (order.payment_expiry) */
      type: string;
      /** @description What it is about, usually an aggregate id */
      key: string | null;
      payload: {
        [key: string]: unknown;
      };
      attempts: number;
      /** @description The failing handlers' last error messages */
      lastError: string | null;
      /** Format: date-time */
      createdAt: string;
      /**
       * Format: date-time
       * @description When it was parked as dead
       */
      failedAt: string;
      /** @description Deadlines only */
      dueAt: string | null;
    };
    /** @description RFC 9457 problem details */
    Problem: {
      type: string;
      title: string;
      status: number;
      detail: string;
      /** @description Stable machine-readable code, e.g. USER.EMAIL_TAKEN */
      code: string;
      instance?: string;
      requestId?: string;
      errors?: {
        path: string;
        message: string;
        location?: string;
      }[];
    } & {
      [key: string]: unknown;
    };
    RequeuedEvent: {
      /** Format: uuid */
      id: string;
      /**
       * @description An outbox event or a deadline
       * @enum {string}
       */
      source: 'event' | 'deadline';
      type: string;
      key: string | null;
      /** @constant */
      status: 'pending';
      attempts: number;
      /** Format: date-time */
      nextAttemptAt: string;
    };
    Return: {
      id: string;
      orderId: string;
      subOrderId: string;
      /** @enum {string} */
      status: 'requested' | 'accepted' | 'refused';
      reason: string;
      lines: {
        lineId: string;
        offerId: string | null;
        name: string;
        unit: string;
        quantity: string;
        amountMinor: number;
      }[];
      requestedAt: string;
      resolvedAt: string | null;
      refusalReason: string | null;
      restockWarehouseId: string | null;
      refundDelivery: boolean;
      /** @description Paid back by this return (kopecks) */
      refundMinor: number;
    };
    TaxRegimes: {
      /**
       * @description In force now
       * @enum {string}
       */
      current: 'vat_payer' | 'usn' | 'usn_vat_5' | 'usn_vat_7';
      items: {
        /**
         * @description vat_payer: 22/10/0 %; usn: without VAT; usn_vat_5 / usn_vat_7: everything at 5 / 7 %
         * @enum {string}
         */
        taxRegime: 'vat_payer' | 'usn' | 'usn_vat_5' | 'usn_vat_7';
        /** @description null: the regime every account starts with */
        startsOn: string | null;
        /** @description The instant it applies from; null: from the beginning */
        appliesFrom: string | null;
        recordedAt: string | null;
        recordedBy: string | null;
      }[];
    };
    TrackedDelivery: {
      /** Format: uuid */
      id?: string;
      /** Format: uuid */
      jobId?: string;
      /** Format: uuid */
      orderId?: string;
      orderNumber?: string;
      /** Format: uuid */
      subOrderId?: string;
      /** @enum {string} */
      status: 'awarded' | 'en_route_to_pickup' | 'loaded' | 'in_transit' | 'delivered' | 'failed' | 'cancelled';
      statusText: string;
      pickup: {
        name: string;
        address: string;
        lat: number;
        lon: number;
      };
      dropoff: {
        address: string;
        lat: number;
        lon: number;
      };
      window: {
        from: string;
        to: string;
      };
      vehicle: {
        bodyType: string;
        bodyName: string;
        name?: string;
        plate: string;
      };
      /** @description The carrier’s price: the carrier and admins only */
      priceMinor?: number;
      /** @description Who receives the goods: the carrier and admins only */
      contact?: {
        name: string;
        company: string | null;
        phone: string | null;
      };
      recipientName?: string | null;
      lastPosition: {
        lat: number;
        lon: number;
        at: string;
        speedKmh: number | null;
        heading: number | null;
      } | null;
      route: {
        /** @description [lat, lon] pairs, simplified (Douglas–Peucker) */
        points: [number, number][];
        /** @description Usable positions the route was drawn from */
        positions: number;
        toleranceM: number;
      };
      /** @description Road km still to drive to the drop-off (via the pickup before loading) */
      remainingKm: number | null;
      etaAt: string | null;
      etaText: string | null;
      minutesLeft: number | null;
      /** @description The next status the geofences suggest to the carrier; never taken without the carrier */
      suggestedStatus: {
        /** @enum {string} */
        status: 'loaded' | 'in_transit' | 'delivered';
        reason: string;
        /** @description Delivered still takes the recipient’s name (and a photo if there is one) */
        requiresProof: boolean;
      } | null;
      timeline: {
        /** @description A status, arrived_at_pickup, arrived_at_dropoff or arriving_soon */
        kind: string;
        at: string;
        /** @description With Moscow time, for a person to read */
        text: string;
        reason?: string | null;
      }[];
      createdAt?: string;
      deliveredAt?: string | null;
    };
    User: {
      /** Format: uuid */
      id: string;
      email: string;
      name: string;
      phone: string | null;
      /** @enum {string} */
      role: 'customer' | 'seller' | 'carrier' | 'admin';
      /** @enum {string} */
      status: 'pending' | 'active' | 'approved' | 'suspended';
      company: {
        name: string;
        inn: string;
        kpp: string | null;
        address: string | null;
      } | null;
      createdAt: string;
      updatedAt: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  register: {
    parameters: {
      query?: never;
      header?: {
        /** @description Names the device this session belongs to */
        'x-device-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email: string;
          /** @description At least 10 characters, not your email, not a common password */
          password: string;
          name: string;
          phone?: string;
          /**
           * @description Admins are created by the CLI, never here
           * @enum {string}
           */
          role: 'customer' | 'seller' | 'carrier';
          /** @description Required for sellers and carriers */
          company?: {
            name: string;
            /** @description ИНН: 10 digits for a company, 12 for an individual entrepreneur; check digits verified */
            inn: string;
            kpp?: string;
            address?: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuthResult'];
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  login: {
    parameters: {
      query?: never;
      header?: {
        /** @description Names the device this session belongs to */
        'x-device-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email: string;
          password: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuthResult'];
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  refreshSession: {
    parameters: {
      query?: never;
      header?: {
        /** @description Names the device this session belongs to */
        'x-device-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          refreshToken: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuthResult'];
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          refreshToken: string;
        };
      };
    };
    responses: {
      /** @description Logged out */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  logoutEverywhere: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            revokedSessions: number;
          };
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          phone?: string | null;
          company?: {
            name?: string;
            inn?: string;
            kpp?: string | null;
            address?: string | null;
          } | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  changeMyPassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          currentPassword: string;
          newPassword: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            revokedSessions: number;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listMyDevices: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              deviceId: string;
              userAgent: string | null;
              ip: string | null;
              createdAt: string;
              lastSeenAt: string;
              sessions: number;
              /** @description This request comes from this device */
              current: boolean;
            }[];
          };
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  revokeMyDevice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        deviceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            revokedSessions: number;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listUsers: {
    parameters: {
      query?: {
        role?: 'customer' | 'seller' | 'carrier' | 'admin';
        status?: 'pending' | 'active' | 'approved' | 'suspended';
        /** @description Part of email, name or company name; or an exact ИНН or phone */
        q?: string;
        /** @description Page size (1–100, default 20) */
        limit?: number;
        /** @description Opaque cursor from the previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['User'][];
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listUserAudit: {
    parameters: {
      query?: {
        /** @description Page size (1–100, default 20) */
        limit?: number;
        /** @description Opaque cursor from the previous page */
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              action: string;
              actorId: string | null;
              reason: string | null;
              details: {
                [key: string]: unknown;
              };
              at: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  approveUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason?: string;
        } | null;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  suspendUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  reinstateUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason?: string;
        } | null;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMyRequisites: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BankRequisites'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  setMyRequisites: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description null removes them: invoice orders are then refused */
          bank: {
            /** @description ПАО Сбербанк */
            bankName: string;
            /** @description БИК, 9 digits */
            bik: string;
            /** @description Корреспондентский счёт, 20 digits, keyed with the БИК */
            corrAccount: string;
            /** @description Расчётный счёт, 20 digits, keyed with the БИК */
            account: string;
          } | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BankRequisites'];
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listMyTaxRegimes: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaxRegimes'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  addMyTaxRegime: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @description vat_payer: 22/10/0 %; usn: without VAT; usn_vat_5 / usn_vat_7: everything at 5 / 7 %
           * @enum {string}
           */
          taxRegime: 'vat_payer' | 'usn' | 'usn_vat_5' | 'usn_vat_7';
          /** @description The Moscow date it applies from: today or later; today (the default) means from now */
          from?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaxRegimes'];
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getUserRequisites: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BankRequisites'];
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  setUserRequisites: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description null removes them: invoice orders are then refused */
          bank: {
            /** @description ПАО Сбербанк */
            bankName: string;
            /** @description БИК, 9 digits */
            bik: string;
            /** @description Корреспондентский счёт, 20 digits, keyed with the БИК */
            corrAccount: string;
            /** @description Расчётный счёт, 20 digits, keyed with the БИК */
            account: string;
          } | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BankRequisites'];
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listUserTaxRegimes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaxRegimes'];
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  addUserTaxRegime: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @description vat_payer: 22/10/0 %; usn: without VAT; usn_vat_5 / usn_vat_7: everything at 5 / 7 %
           * @enum {string}
           */
          taxRegime: 'vat_payer' | 'usn' | 'usn_vat_5' | 'usn_vat_7';
          /** @description The Moscow date it applies from: today or later; today (the default) means from now */
          from?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaxRegimes'];
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCategoryTree: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['CategoryNode'][];
          };
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createCategory: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          slug: string;
          name: string;
          parentId?: string | null;
          position?: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            slug: string;
            name: string;
            parentId: string | null;
            path: string;
            position: number;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteCategory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateCategory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          slug?: string;
          name?: string;
          parentId?: string | null;
          position?: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            slug: string;
            name: string;
            parentId: string | null;
            path: string;
            position: number;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getProduct: {
    parameters: {
      query?: {
        /** @description "lat,lon": adds distanceKm to each warehouse */
        near?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            sku: string | null;
            ean: string | null;
            name: string;
            description: string;
            brand: string | null;
            categoryId: string;
            unit: string;
            packSize: string;
            weightKg: string;
            volumeM3: string;
            attributes: {
              [key: string]: string;
            };
            images: string[];
            createdAt: string;
            updatedAt: string;
            offers: {
              id: string;
              sellerId: string;
              sellerName: string;
              priceMinor: number;
              vatRate: string;
              minQty: string;
              step: string;
              backorder: boolean;
              inStock: boolean;
              stock: {
                warehouseId: string;
                name: string;
                code: string;
                address: string;
                pickup: boolean;
                lat: number;
                lon: number;
                available: string;
                distanceKm: number | null;
              }[];
            }[];
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateProduct: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          description?: string;
          brand?: string | null;
          /** Format: uuid */
          categoryId?: string;
          /**
           * @description ОКЕИ unit of sale
           * @enum {string}
           */
          unit?:
            | 'шт'
            | 'м'
            | 'м²'
            | 'м³'
            | 'кг'
            | 'т'
            | 'л'
            | 'упак'
            | 'мешок'
            | 'рулон'
            | 'лист'
            | 'пог. м'
            | 'пачка'
            | 'пара'
            | 'компл'
            | 'поддон'
            | 'бухта';
          /** @description Units per pack (a pallet of 480 bricks: 480) */
          packSize?: string | number;
          /** @description Weight of one unit, kg */
          weightKg?: string | number;
          /** @description Volume of one unit, m³ */
          volumeM3?: string | number;
          sku?: string | null;
          ean?: string | null;
          /** @description Free attributes; `cargo` (general, bulk_cement, ready_concrete, bulk) and `length_m`/`length_mm` choose the delivery body */
          attributes?: {
            [key: string]: string;
          };
          images?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            sku: string | null;
            ean: string | null;
            name: string;
            description: string;
            brand: string | null;
            categoryId: string;
            unit: string;
            packSize: string;
            weightKg: string;
            volumeM3: string;
            attributes: {
              [key: string]: string;
            };
            images: string[];
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  searchProducts: {
    parameters: {
      query?: {
        /** @description Russian full text with stemming and typo tolerance, or an exact SKU or EAN */
        q?: string;
        /** @description Category id or slug; includes its subtree */
        category?: string;
        /** @description Lowest best price, kopecks */
        priceMin?: number;
        /** @description Highest best price, kopecks */
        priceMax?: number;
        /** @description Only this seller’s offers */
        sellerId?: string;
        /** @description true: only products in stock now (false: no filter) */
        inStock?: 'true' | 'false';
        /** @description "lat,lon": only products in stock within radiusKm of this point */
        near?: string;
        /** @description Default 50 with near */
        radiusKm?: number;
        /** @description Default: relevance with q, else popular; distance needs near */
        sort?: 'relevance' | 'price_asc' | 'price_desc' | 'distance' | 'popular';
        /** @description Page size (1–100, default 20) */
        limit?: number;
        /** @description Opaque cursor from the previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              sku: string | null;
              ean: string | null;
              name: string;
              brand: string | null;
              categoryId: string;
              unit: string;
              packSize: string;
              attributes: {
                [key: string]: string;
              };
              images: string[];
              /** @description The lowest visible price (with sellerId: that seller’s offer) */
              bestOffer: {
                id: string;
                sellerId: string;
                sellerName: string;
                priceMinor: number;
                vatRate: string;
                inStock: boolean;
              };
              /** @description Visible offers of this product */
              offerCount: number;
              /** @description With near: the closest warehouse holding a visible offer in stock */
              nearestWarehouse: {
                id: string;
                name: string;
                sellerId: string;
                distanceKm: number;
              } | null;
            }[];
            nextCursor: string | null;
            /** @description Products matching the whole query, across all pages */
            total: number;
            facets: {
              /** @description Each category (within the category filter) with the matching products in its subtree */
              categories: {
                id: string;
                slug: string;
                name: string;
                parentId: string | null;
                count: number;
              }[];
              /** @description Attribute values of the matching products, most frequent first */
              attributes: {
                [key: string]: {
                  value: string;
                  count: number;
                }[];
              };
              price: {
                min: number | null;
                max: number | null;
              };
            };
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createProduct: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          description?: string;
          brand?: string | null;
          /** Format: uuid */
          categoryId: string;
          /**
           * @description ОКЕИ unit of sale
           * @enum {string}
           */
          unit:
            | 'шт'
            | 'м'
            | 'м²'
            | 'м³'
            | 'кг'
            | 'т'
            | 'л'
            | 'упак'
            | 'мешок'
            | 'рулон'
            | 'лист'
            | 'пог. м'
            | 'пачка'
            | 'пара'
            | 'компл'
            | 'поддон'
            | 'бухта';
          /** @description Units per pack (a pallet of 480 bricks: 480) */
          packSize?: string | number;
          /** @description Weight of one unit, kg */
          weightKg: string | number;
          /** @description Volume of one unit, m³ */
          volumeM3: string | number;
          sku?: string | null;
          ean?: string | null;
          /** @description Free attributes; `cargo` (general, bulk_cement, ready_concrete, bulk) and `length_m`/`length_mm` choose the delivery body */
          attributes?: {
            [key: string]: string;
          };
          images?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            sku: string | null;
            ean: string | null;
            name: string;
            description: string;
            brand: string | null;
            categoryId: string;
            unit: string;
            packSize: string;
            weightKg: string;
            volumeM3: string;
            attributes: {
              [key: string]: string;
            };
            images: string[];
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listOffers: {
    parameters: {
      query: {
        /** @description Only the caller’s own offers (the only listing offered here) */
        mine: 'true';
        productId?: string;
        /** @description Page size (1–100, default 20) */
        limit?: number;
        /** @description Opaque cursor from the previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              productId: string;
              sellerId: string;
              priceMinor: number;
              vatRate: string;
              minQty: string;
              step: string;
              /** @enum {string} */
              status: 'active' | 'paused';
              backorder: boolean;
              createdAt: string;
              updatedAt: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createOffer: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          productId: string;
          /** @description Kopecks, VAT included; at most 100 million roubles a unit */
          priceMinor: number;
          /**
           * @description VAT %, as the seller's tax regime allows: a VAT payer 22 (general since 2026), 10 or 0; УСН: none; УСН at the special rates: 5 or 7
           * @enum {string}
           */
          vatRate: '0' | '5' | '7' | '10' | '22' | 'none';
          minQty?: string | number;
          step?: string | number;
          /** @enum {string} */
          status?: 'active' | 'paused';
          backorder?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            productId: string;
            sellerId: string;
            priceMinor: number;
            vatRate: string;
            minQty: string;
            step: string;
            /** @enum {string} */
            status: 'active' | 'paused';
            backorder: boolean;
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getOffer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            productId: string;
            sellerId: string;
            priceMinor: number;
            vatRate: string;
            minQty: string;
            step: string;
            /** @enum {string} */
            status: 'active' | 'paused';
            backorder: boolean;
            createdAt: string;
            updatedAt: string;
            sellerName: string;
            product: {
              id: string;
              name: string;
              sku: string | null;
              unit: string;
            };
            stock: {
              warehouseId: string;
              name: string;
              code: string;
              available: string;
              /** @description Its seller and admins only */
              onHand?: string;
              /** @description Its seller and admins only */
              reserved?: string;
              /** @description Its seller and admins only */
              updatedAt?: string;
            }[];
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateOffer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Kopecks, VAT included; at most 100 million roubles a unit */
          priceMinor?: number;
          /**
           * @description VAT %, as the seller's tax regime allows: a VAT payer 22 (general since 2026), 10 or 0; УСН: none; УСН at the special rates: 5 or 7
           * @enum {string}
           */
          vatRate?: '0' | '5' | '7' | '10' | '22' | 'none';
          minQty?: string | number;
          step?: string | number;
          /** @enum {string} */
          status?: 'active' | 'paused';
          backorder?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            productId: string;
            sellerId: string;
            priceMinor: number;
            vatRate: string;
            minQty: string;
            step: string;
            /** @enum {string} */
            status: 'active' | 'paused';
            backorder: boolean;
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getOfferPriceHistory: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              priceMinor: number;
              vatRate: string;
              at: string;
            }[];
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listWarehouses: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              name: string;
              code: string;
              address: string;
              lat: number;
              lon: number;
              workingHours: string;
              pickup: boolean;
              /** @description Road km it delivers within (default 300); beyond it, pickup only; 0: never delivers */
              deliveryRadiusKm: number;
              /** @description Hours from an order to the earliest delivery window; null (default): the next day from 08:00 Moscow time */
              leadTimeHours: number | null;
              id: string;
              sellerId: string;
              createdAt: string;
              updatedAt: string;
            }[];
          };
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createWarehouse: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          code: string;
          address: string;
          lat: number;
          lon: number;
          workingHours?: string;
          pickup?: boolean;
          /** @description Road km it delivers within (default 300); beyond it, pickup only; 0: never delivers */
          deliveryRadiusKm?: number;
          /** @description Hours from an order to the earliest delivery window; null (default): the next day from 08:00 Moscow time */
          leadTimeHours?: number | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            name: string;
            code: string;
            address: string;
            lat: number;
            lon: number;
            workingHours: string;
            pickup: boolean;
            /** @description Road km it delivers within (default 300); beyond it, pickup only; 0: never delivers */
            deliveryRadiusKm: number;
            /** @description Hours from an order to the earliest delivery window; null (default): the next day from 08:00 Moscow time */
            leadTimeHours: number | null;
            id: string;
            sellerId: string;
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getWarehouse: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            name: string;
            code: string;
            address: string;
            lat: number;
            lon: number;
            workingHours: string;
            pickup: boolean;
            /** @description Road km it delivers within (default 300); beyond it, pickup only; 0: never delivers */
            deliveryRadiusKm: number;
            /** @description Hours from an order to the earliest delivery window; null (default): the next day from 08:00 Moscow time */
            leadTimeHours: number | null;
            id: string;
            sellerId: string;
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteWarehouse: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateWarehouse: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          code?: string;
          address?: string;
          lat?: number;
          lon?: number;
          workingHours?: string;
          pickup?: boolean;
          /** @description Road km it delivers within (default 300); beyond it, pickup only; 0: never delivers */
          deliveryRadiusKm?: number;
          /** @description Hours from an order to the earliest delivery window; null (default): the next day from 08:00 Moscow time */
          leadTimeHours?: number | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            name: string;
            code: string;
            address: string;
            lat: number;
            lon: number;
            workingHours: string;
            pickup: boolean;
            /** @description Road km it delivers within (default 300); beyond it, pickup only; 0: never delivers */
            deliveryRadiusKm: number;
            /** @description Hours from an order to the earliest delivery window; null (default): the next day from 08:00 Moscow time */
            leadTimeHours: number | null;
            id: string;
            sellerId: string;
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listWarehouseStock: {
    parameters: {
      query?: {
        /** @description Part of the product name, or the start of its SKU */
        q?: string;
        /** @description Page size (1–100, default 20) */
        limit?: number;
        /** @description Opaque cursor from the previous page */
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              offer: {
                id: string;
                priceMinor: number;
                vatRate: string;
                /** @enum {string} */
                status: 'active' | 'paused';
                minQty: string;
                step: string;
                backorder: boolean;
              };
              product: {
                id: string;
                name: string;
                sku: string | null;
                unit: string;
              };
              onHand: string;
              /** @description Held by orders not yet shipped */
              reserved: string;
              available: string;
              updatedAt: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  setWarehouseStock: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        offerId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          onHand: string | number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            offerId: string;
            warehouseId: string;
            onHand: string;
            reserved: string;
            available: string;
            updatedAt: string;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  importPriceList: {
    parameters: {
      query?: {
        /** @description true: check every row and report, change nothing */
        dryRun?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description The price list, .csv or .xlsx
           */
          file: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            dryRun: boolean;
            /** @description Rows that made a new offer */
            created: number;
            /** @description Rows that changed an offer or its stock */
            updated: number;
            unchanged: number;
            /** @description New product cards among the created rows */
            productsCreated: number;
            /** @description Data rows in the file */
            rows: number;
            errors: {
              /** @description Row as numbered in the file; the header is row 1 */
              row: number;
              /** @description Column as named in the report (sku, price, …) or a warehouse code */
              column: string | null;
              message: string;
            }[];
            /** @description All errors, when more than the report lists */
            errorCount?: number;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Some rows are bad; nothing was changed */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
            type: string;
            title: string;
            status: number;
            detail: string;
            /** @description Stable machine-readable code, e.g. USER.EMAIL_TAKEN */
            code: string;
            instance?: string;
            requestId?: string;
            errors: {
              /** @description Row as numbered in the file; the header is row 1 */
              row: number;
              /** @description Column as named in the report (sku, price, …) or a warehouse code */
              column: string | null;
              message: string;
            }[];
            dryRun: boolean;
            /** @description Rows that made a new offer */
            created: number;
            /** @description Rows that changed an offer or its stock */
            updated: number;
            unchanged: number;
            /** @description New product cards among the created rows */
            productsCreated: number;
            /** @description Data rows in the file */
            rows: number;
            /** @description All errors, when more than the report lists */
            errorCount?: number;
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPriceListTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The workbook */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCart: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            address: {
              address: string;
              lat: number;
              lon: number;
              unloading: ('crane' | 'manual' | 'forklift') | null;
            } | null;
            sellers: {
              /** Format: uuid */
              sellerId: string;
              sellerName: string;
              lines: {
                /** Format: uuid */
                itemId: string;
                /** Format: uuid */
                offerId: string;
                productId: string | null;
                name: string;
                sku: string | null;
                unit: string | null;
                quantity: string;
                minQty: string | null;
                step: string | null;
                priceMinor: number | null;
                previousPriceMinor: number | null;
                vatRate: string | null;
                totalMinor: number;
                vatMinor: number;
                available: string;
                /** @enum {string} */
                status: 'ok' | 'insufficient_stock' | 'unavailable' | 'quantity_not_allowed';
              }[];
              goodsMinor: number;
              vatMinor: number;
              delivery:
                | {
                    /** Format: uuid */
                    warehouseId: string;
                    warehouseName: string;
                    quote: {
                      /** @description The dearest trip’s vehicle class */
                      vehicleClass: string;
                      vehicleName: string;
                      /**
                       * @description The body the load needs (docs/domain.md, The delivery guide price)
                       * @enum {string}
                       */
                      bodyType?:
                        | 'tent'
                        | 'flatbed'
                        | 'dump'
                        | 'crane'
                        | 'cement_tanker'
                        | 'concrete_mixer'
                        | 'long_flatbed'
                        | 'van'
                        | 'reefer';
                      /** @description Its Russian name: тент, самосвал, цементовоз, … */
                      bodyName?: string;
                      /** @description All trips’ vehicles together */
                      vehicles: number;
                      roadKm: number;
                      /** @description All trips together */
                      priceMinor: number;
                      /** @description One per cargo kind: sand and bagged goods in one part are a самосвал and a truck */
                      trips?: {
                        /** @enum {string} */
                        cargo: 'general' | 'bulk_cement' | 'ready_concrete' | 'bulk';
                        vehicleClass: string;
                        vehicleName: string;
                        /**
                         * @description The body the load needs (docs/domain.md, The delivery guide price)
                         * @enum {string}
                         */
                        bodyType:
                          | 'tent'
                          | 'flatbed'
                          | 'dump'
                          | 'crane'
                          | 'cement_tanker'
                          | 'concrete_mixer'
                          | 'long_flatbed'
                          | 'van'
                          | 'reefer';
                        /** @description Its Russian name: тент, самосвал, цементовоз, … */
                        bodyName: string;
                        vehicles: number;
                        priceMinor: number;
                      }[];
                    } | null;
                    /** @description Beyond the warehouse’s delivery radius, or more than one delivery carries */
                    pickupOnly: boolean;
                    why: string | null;
                  }[]
                | null;
              deliveryMinor: number;
            }[];
            unavailable: {
              /** Format: uuid */
              itemId: string;
              /** Format: uuid */
              offerId: string;
              productId: string | null;
              name: string;
              sku: string | null;
              unit: string | null;
              quantity: string;
              minQty: string | null;
              step: string | null;
              priceMinor: number | null;
              previousPriceMinor: number | null;
              vatRate: string | null;
              totalMinor: number;
              vatMinor: number;
              available: string;
              /** @enum {string} */
              status: 'ok' | 'insufficient_stock' | 'unavailable' | 'quantity_not_allowed';
            }[];
            totals: {
              goodsMinor: number;
              deliveryMinor: number;
              vatMinor: number;
              totalMinor: number;
            };
            /** @description Every line can be checked out as it stands */
            ready: boolean;
            /** @description There is an address and every part can be delivered to it */
            deliverable: boolean;
          };
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  clearCart: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  addCartItem: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          offerId: string;
          /** @description In the offer’s unit; at least its minimum, in its steps */
          quantity: string | number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            address: {
              address: string;
              lat: number;
              lon: number;
              unloading: ('crane' | 'manual' | 'forklift') | null;
            } | null;
            sellers: {
              /** Format: uuid */
              sellerId: string;
              sellerName: string;
              lines: {
                /** Format: uuid */
                itemId: string;
                /** Format: uuid */
                offerId: string;
                productId: string | null;
                name: string;
                sku: string | null;
                unit: string | null;
                quantity: string;
                minQty: string | null;
                step: string | null;
                priceMinor: number | null;
                previousPriceMinor: number | null;
                vatRate: string | null;
                totalMinor: number;
                vatMinor: number;
                available: string;
                /** @enum {string} */
                status: 'ok' | 'insufficient_stock' | 'unavailable' | 'quantity_not_allowed';
              }[];
              goodsMinor: number;
              vatMinor: number;
              delivery:
                | {
                    /** Format: uuid */
                    warehouseId: string;
                    warehouseName: string;
                    quote: {
                      /** @description The dearest trip’s vehicle class */
                      vehicleClass: string;
                      vehicleName: string;
                      /**
                       * @description The body the load needs (docs/domain.md, The delivery guide price)
                       * @enum {string}
                       */
                      bodyType?:
                        | 'tent'
                        | 'flatbed'
                        | 'dump'
                        | 'crane'
                        | 'cement_tanker'
                        | 'concrete_mixer'
                        | 'long_flatbed'
                        | 'van'
                        | 'reefer';
                      /** @description Its Russian name: тент, самосвал, цементовоз, … */
                      bodyName?: string;
                      /** @description All trips’ vehicles together */
                      vehicles: number;
                      roadKm: number;
                      /** @description All trips together */
                      priceMinor: number;
                      /** @description One per cargo kind: sand and bagged goods in one part are a самосвал and a truck */
                      trips?: {
                        /** @enum {string} */
                        cargo: 'general' | 'bulk_cement' | 'ready_concrete' | 'bulk';
                        vehicleClass: string;
                        vehicleName: string;
                        /**
                         * @description The body the load needs (docs/domain.md, The delivery guide price)
                         * @enum {string}
                         */
                        bodyType:
                          | 'tent'
                          | 'flatbed'
                          | 'dump'
                          | 'crane'
                          | 'cement_tanker'
                          | 'concrete_mixer'
                          | 'long_flatbed'
                          | 'van'
                          | 'reefer';
                        /** @description Its Russian name: тент, самосвал, цементовоз, … */
                        bodyName: string;
                        vehicles: number;
                        priceMinor: number;
                      }[];
                    } | null;
                    /** @description Beyond the warehouse’s delivery radius, or more than one delivery carries */
                    pickupOnly: boolean;
                    why: string | null;
                  }[]
                | null;
              deliveryMinor: number;
            }[];
            unavailable: {
              /** Format: uuid */
              itemId: string;
              /** Format: uuid */
              offerId: string;
              productId: string | null;
              name: string;
              sku: string | null;
              unit: string | null;
              quantity: string;
              minQty: string | null;
              step: string | null;
              priceMinor: number | null;
              previousPriceMinor: number | null;
              vatRate: string | null;
              totalMinor: number;
              vatMinor: number;
              available: string;
              /** @enum {string} */
              status: 'ok' | 'insufficient_stock' | 'unavailable' | 'quantity_not_allowed';
            }[];
            totals: {
              goodsMinor: number;
              deliveryMinor: number;
              vatMinor: number;
              totalMinor: number;
            };
            /** @description Every line can be checked out as it stands */
            ready: boolean;
            /** @description There is an address and every part can be delivered to it */
            deliverable: boolean;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  removeCartItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        itemId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            address: {
              address: string;
              lat: number;
              lon: number;
              unloading: ('crane' | 'manual' | 'forklift') | null;
            } | null;
            sellers: {
              /** Format: uuid */
              sellerId: string;
              sellerName: string;
              lines: {
                /** Format: uuid */
                itemId: string;
                /** Format: uuid */
                offerId: string;
                productId: string | null;
                name: string;
                sku: string | null;
                unit: string | null;
                quantity: string;
                minQty: string | null;
                step: string | null;
                priceMinor: number | null;
                previousPriceMinor: number | null;
                vatRate: string | null;
                totalMinor: number;
                vatMinor: number;
                available: string;
                /** @enum {string} */
                status: 'ok' | 'insufficient_stock' | 'unavailable' | 'quantity_not_allowed';
              }[];
              goodsMinor: number;
              vatMinor: number;
              delivery:
                | {
                    /** Format: uuid */
                    warehouseId: string;
                    warehouseName: string;
                    quote: {
                      /** @description The dearest trip’s vehicle class */
                      vehicleClass: string;
                      vehicleName: string;
                      /**
                       * @description The body the load needs (docs/domain.md, The delivery guide price)
                       * @enum {string}
                       */
                      bodyType?:
                        | 'tent'
                        | 'flatbed'
                        | 'dump'
                        | 'crane'
                        | 'cement_tanker'
                        | 'concrete_mixer'
                        | 'long_flatbed'
                        | 'van'
                        | 'reefer';
                      /** @description Its Russian name: тент, самосвал, цементовоз, … */
                      bodyName?: string;
                      /** @description All trips’ vehicles together */
                      vehicles: number;
                      roadKm: number;
                      /** @description All trips together */
                      priceMinor: number;
                      /** @description One per cargo kind: sand and bagged goods in one part are a самосвал and a truck */
                      trips?: {
                        /** @enum {string} */
                        cargo: 'general' | 'bulk_cement' | 'ready_concrete' | 'bulk';
                        vehicleClass: string;
                        vehicleName: string;
                        /**
                         * @description The body the load needs (docs/domain.md, The delivery guide price)
                         * @enum {string}
                         */
                        bodyType:
                          | 'tent'
                          | 'flatbed'
                          | 'dump'
                          | 'crane'
                          | 'cement_tanker'
                          | 'concrete_mixer'
                          | 'long_flatbed'
                          | 'van'
                          | 'reefer';
                        /** @description Its Russian name: тент, самосвал, цементовоз, … */
                        bodyName: string;
                        vehicles: number;
                        priceMinor: number;
                      }[];
                    } | null;
                    /** @description Beyond the warehouse’s delivery radius, or more than one delivery carries */
                    pickupOnly: boolean;
                    why: string | null;
                  }[]
                | null;
              deliveryMinor: number;
            }[];
            unavailable: {
              /** Format: uuid */
              itemId: string;
              /** Format: uuid */
              offerId: string;
              productId: string | null;
              name: string;
              sku: string | null;
              unit: string | null;
              quantity: string;
              minQty: string | null;
              step: string | null;
              priceMinor: number | null;
              previousPriceMinor: number | null;
              vatRate: string | null;
              totalMinor: number;
              vatMinor: number;
              available: string;
              /** @enum {string} */
              status: 'ok' | 'insufficient_stock' | 'unavailable' | 'quantity_not_allowed';
            }[];
            totals: {
              goodsMinor: number;
              deliveryMinor: number;
              vatMinor: number;
              totalMinor: number;
            };
            /** @description Every line can be checked out as it stands */
            ready: boolean;
            /** @description There is an address and every part can be delivered to it */
            deliverable: boolean;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateCartItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        itemId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          quantity: string | number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            address: {
              address: string;
              lat: number;
              lon: number;
              unloading: ('crane' | 'manual' | 'forklift') | null;
            } | null;
            sellers: {
              /** Format: uuid */
              sellerId: string;
              sellerName: string;
              lines: {
                /** Format: uuid */
                itemId: string;
                /** Format: uuid */
                offerId: string;
                productId: string | null;
                name: string;
                sku: string | null;
                unit: string | null;
                quantity: string;
                minQty: string | null;
                step: string | null;
                priceMinor: number | null;
                previousPriceMinor: number | null;
                vatRate: string | null;
                totalMinor: number;
                vatMinor: number;
                available: string;
                /** @enum {string} */
                status: 'ok' | 'insufficient_stock' | 'unavailable' | 'quantity_not_allowed';
              }[];
              goodsMinor: number;
              vatMinor: number;
              delivery:
                | {
                    /** Format: uuid */
                    warehouseId: string;
                    warehouseName: string;
                    quote: {
                      /** @description The dearest trip’s vehicle class */
                      vehicleClass: string;
                      vehicleName: string;
                      /**
                       * @description The body the load needs (docs/domain.md, The delivery guide price)
                       * @enum {string}
                       */
                      bodyType?:
                        | 'tent'
                        | 'flatbed'
                        | 'dump'
                        | 'crane'
                        | 'cement_tanker'
                        | 'concrete_mixer'
                        | 'long_flatbed'
                        | 'van'
                        | 'reefer';
                      /** @description Its Russian name: тент, самосвал, цементовоз, … */
                      bodyName?: string;
                      /** @description All trips’ vehicles together */
                      vehicles: number;
                      roadKm: number;
                      /** @description All trips together */
                      priceMinor: number;
                      /** @description One per cargo kind: sand and bagged goods in one part are a самосвал and a truck */
                      trips?: {
                        /** @enum {string} */
                        cargo: 'general' | 'bulk_cement' | 'ready_concrete' | 'bulk';
                        vehicleClass: string;
                        vehicleName: string;
                        /**
                         * @description The body the load needs (docs/domain.md, The delivery guide price)
                         * @enum {string}
                         */
                        bodyType:
                          | 'tent'
                          | 'flatbed'
                          | 'dump'
                          | 'crane'
                          | 'cement_tanker'
                          | 'concrete_mixer'
                          | 'long_flatbed'
                          | 'van'
                          | 'reefer';
                        /** @description Its Russian name: тент, самосвал, цементовоз, … */
                        bodyName: string;
                        vehicles: number;
                        priceMinor: number;
                      }[];
                    } | null;
                    /** @description Beyond the warehouse’s delivery radius, or more than one delivery carries */
                    pickupOnly: boolean;
                    why: string | null;
                  }[]
                | null;
              deliveryMinor: number;
            }[];
            unavailable: {
              /** Format: uuid */
              itemId: string;
              /** Format: uuid */
              offerId: string;
              productId: string | null;
              name: string;
              sku: string | null;
              unit: string | null;
              quantity: string;
              minQty: string | null;
              step: string | null;
              priceMinor: number | null;
              previousPriceMinor: number | null;
              vatRate: string | null;
              totalMinor: number;
              vatMinor: number;
              available: string;
              /** @enum {string} */
              status: 'ok' | 'insufficient_stock' | 'unavailable' | 'quantity_not_allowed';
            }[];
            totals: {
              goodsMinor: number;
              deliveryMinor: number;
              vatMinor: number;
              totalMinor: number;
            };
            /** @description Every line can be checked out as it stands */
            ready: boolean;
            /** @description There is an address and every part can be delivered to it */
            deliverable: boolean;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  setCartAddress: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          address: string;
          lat: number;
          lon: number;
          /**
           * @description How the goods come off the truck; quoted without a crane when absent
           * @enum {string}
           */
          unloading?: 'crane' | 'manual' | 'forklift';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            address: {
              address: string;
              lat: number;
              lon: number;
              unloading: ('crane' | 'manual' | 'forklift') | null;
            } | null;
            sellers: {
              /** Format: uuid */
              sellerId: string;
              sellerName: string;
              lines: {
                /** Format: uuid */
                itemId: string;
                /** Format: uuid */
                offerId: string;
                productId: string | null;
                name: string;
                sku: string | null;
                unit: string | null;
                quantity: string;
                minQty: string | null;
                step: string | null;
                priceMinor: number | null;
                previousPriceMinor: number | null;
                vatRate: string | null;
                totalMinor: number;
                vatMinor: number;
                available: string;
                /** @enum {string} */
                status: 'ok' | 'insufficient_stock' | 'unavailable' | 'quantity_not_allowed';
              }[];
              goodsMinor: number;
              vatMinor: number;
              delivery:
                | {
                    /** Format: uuid */
                    warehouseId: string;
                    warehouseName: string;
                    quote: {
                      /** @description The dearest trip’s vehicle class */
                      vehicleClass: string;
                      vehicleName: string;
                      /**
                       * @description The body the load needs (docs/domain.md, The delivery guide price)
                       * @enum {string}
                       */
                      bodyType?:
                        | 'tent'
                        | 'flatbed'
                        | 'dump'
                        | 'crane'
                        | 'cement_tanker'
                        | 'concrete_mixer'
                        | 'long_flatbed'
                        | 'van'
                        | 'reefer';
                      /** @description Its Russian name: тент, самосвал, цементовоз, … */
                      bodyName?: string;
                      /** @description All trips’ vehicles together */
                      vehicles: number;
                      roadKm: number;
                      /** @description All trips together */
                      priceMinor: number;
                      /** @description One per cargo kind: sand and bagged goods in one part are a самосвал and a truck */
                      trips?: {
                        /** @enum {string} */
                        cargo: 'general' | 'bulk_cement' | 'ready_concrete' | 'bulk';
                        vehicleClass: string;
                        vehicleName: string;
                        /**
                         * @description The body the load needs (docs/domain.md, The delivery guide price)
                         * @enum {string}
                         */
                        bodyType:
                          | 'tent'
                          | 'flatbed'
                          | 'dump'
                          | 'crane'
                          | 'cement_tanker'
                          | 'concrete_mixer'
                          | 'long_flatbed'
                          | 'van'
                          | 'reefer';
                        /** @description Its Russian name: тент, самосвал, цементовоз, … */
                        bodyName: string;
                        vehicles: number;
                        priceMinor: number;
                      }[];
                    } | null;
                    /** @description Beyond the warehouse’s delivery radius, or more than one delivery carries */
                    pickupOnly: boolean;
                    why: string | null;
                  }[]
                | null;
              deliveryMinor: number;
            }[];
            unavailable: {
              /** Format: uuid */
              itemId: string;
              /** Format: uuid */
              offerId: string;
              productId: string | null;
              name: string;
              sku: string | null;
              unit: string | null;
              quantity: string;
              minQty: string | null;
              step: string | null;
              priceMinor: number | null;
              previousPriceMinor: number | null;
              vatRate: string | null;
              totalMinor: number;
              vatMinor: number;
              available: string;
              /** @enum {string} */
              status: 'ok' | 'insufficient_stock' | 'unavailable' | 'quantity_not_allowed';
            }[];
            totals: {
              goodsMinor: number;
              deliveryMinor: number;
              vatMinor: number;
              totalMinor: number;
            };
            /** @description Every line can be checked out as it stands */
            ready: boolean;
            /** @description There is an address and every part can be delivered to it */
            deliverable: boolean;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  checkout: {
    parameters: {
      query?: never;
      header: {
        'idempotency-key': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description For delivery: the address, point and unloading default to the cart’s (PUT /cart/address); the window is required */
          delivery: {
            /** @enum {string} */
            method: 'delivery' | 'pickup';
            address?: string;
            lat?: number;
            lon?: number;
            window?: {
              /** Format: date-time */
              from: string;
              /** Format: date-time */
              to: string;
            };
            /**
             * @description crane: a truck with a crane (costs more); manual; forklift on site
             * @enum {string}
             */
            unloading?: 'crane' | 'manual' | 'forklift';
          };
          /** @enum {string} */
          paymentMethod: 'card' | 'invoice';
          /** @description Invoice the order to this company instead of the customer’s own */
          buyer?: {
            companyName: string;
            inn: string;
            kpp?: string;
          };
          /** @description Buy at the current prices even if they changed */
          acceptPriceChanges?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            number: string;
            /** @enum {string} */
            status:
              | 'pending_payment'
              | 'paid'
              | 'confirmed'
              | 'assembling'
              | 'ready'
              | 'picked_up'
              | 'handed_to_carrier'
              | 'in_transit'
              | 'delivered'
              | 'return_requested'
              | 'completed'
              | 'cancelled'
              | 'returned';
            /** Format: uuid */
            customerId: string;
            /** @enum {string} */
            paymentMethod: 'card' | 'invoice';
            /** @enum {string} */
            deliveryMethod: 'delivery' | 'pickup';
            totals: {
              goodsMinor: number;
              deliveryMinor: number;
              vatMinor: number;
              totalMinor: number;
            };
            /** @description Completed, but some lines came back (accepted returns): the order kept only the rest */
            returnedPartially: boolean;
            payBy: string;
            createdAt: string;
            updatedAt: string;
            delivery: {
              /** @enum {string} */
              method: 'delivery' | 'pickup';
              address?: string;
              lat?: number;
              lon?: number;
              window?: {
                from: string;
                to: string;
              };
              /** @enum {string} */
              unloading?: 'crane' | 'manual' | 'forklift';
            };
            buyer: {
              name: string;
              inn?: string | null;
              kpp?: string | null;
              address?: string | null;
            };
            subOrders: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              orderId: string;
              number: string;
              /** @enum {string} */
              status:
                | 'pending_payment'
                | 'paid'
                | 'confirmed'
                | 'assembling'
                | 'ready'
                | 'picked_up'
                | 'handed_to_carrier'
                | 'in_transit'
                | 'delivered'
                | 'return_requested'
                | 'completed'
                | 'cancelled'
                | 'returned';
              /** Format: uuid */
              sellerId: string;
              sellerName: string;
              warehouse: {
                /** Format: uuid */
                id: string;
                name: string;
                address: string;
                lat: number;
                lon: number;
              };
              /** @enum {string} */
              deliveryMethod: 'delivery' | 'pickup';
              delivery: {
                /** @enum {string} */
                method: 'delivery' | 'pickup';
                address: string | null;
                lat: number | null;
                lon: number | null;
                window: {
                  from: string;
                  to: string;
                } | null;
                unloading: ('crane' | 'manual' | 'forklift') | null;
              };
              /** @description Whom the goods are for and whom to call */
              buyer: {
                name: string;
                inn: string | null;
                kpp: string | null;
                contactName: string | null;
                phone: string | null;
              };
              totals: {
                goodsMinor: number;
                deliveryMinor: number;
                vatMinor: number;
                totalMinor: number;
              };
              /** @description Money received for this part (card payment, or invoice payments so far) */
              receivedMinor: number;
              /** @description While it awaits payment: what is still due (totalMinor − receivedMinor); else 0 */
              dueMinor: number;
              weightKg: string;
              volumeM3: string;
              deliveryQuote: {
                /** @description The dearest trip’s vehicle class */
                vehicleClass: string;
                vehicleName: string;
                /**
                 * @description The body the load needs (docs/domain.md, The delivery guide price)
                 * @enum {string}
                 */
                bodyType?:
                  | 'tent'
                  | 'flatbed'
                  | 'dump'
                  | 'crane'
                  | 'cement_tanker'
                  | 'concrete_mixer'
                  | 'long_flatbed'
                  | 'van'
                  | 'reefer';
                /** @description Its Russian name: тент, самосвал, цементовоз, … */
                bodyName?: string;
                /** @description All trips’ vehicles together */
                vehicles: number;
                roadKm: number;
                /** @description All trips together */
                priceMinor: number;
                /** @description One per cargo kind: sand and bagged goods in one part are a самосвал and a truck */
                trips?: {
                  /** @enum {string} */
                  cargo: 'general' | 'bulk_cement' | 'ready_concrete' | 'bulk';
                  vehicleClass: string;
                  vehicleName: string;
                  /**
                   * @description The body the load needs (docs/domain.md, The delivery guide price)
                   * @enum {string}
                   */
                  bodyType:
                    | 'tent'
                    | 'flatbed'
                    | 'dump'
                    | 'crane'
                    | 'cement_tanker'
                    | 'concrete_mixer'
                    | 'long_flatbed'
                    | 'van'
                    | 'reefer';
                  /** @description Its Russian name: тент, самосвал, цементовоз, … */
                  bodyName: string;
                  vehicles: number;
                  priceMinor: number;
                }[];
              } | null;
              paidAt: string | null;
              /** @description When the goods were picked up or delivered: the return window counts from it */
              receivedAt: string | null;
              /** @description A delivery part’s job on the logistics job board (GET /api/v1/logistics/jobs/{id}), once posted */
              deliveryJobId: string | null;
              /** @description Its delivery once a carrier confirmed the job: GET /api/v1/logistics/deliveries/{id} and its live stream */
              deliveryId: string | null;
              /** @description The delivery’s last state as the orders service heard it (logistics has the live one) */
              deliveryState: ('loaded' | 'in_transit' | 'delivered' | 'failed') | null;
              /** @description Where the viewer (its seller or an admin) may move it; a delivery part goes past ready with its delivery */
              nextStatuses: (
                | 'pending_payment'
                | 'paid'
                | 'confirmed'
                | 'assembling'
                | 'ready'
                | 'picked_up'
                | 'handed_to_carrier'
                | 'in_transit'
                | 'delivered'
                | 'return_requested'
                | 'completed'
                | 'cancelled'
                | 'returned'
              )[];
              lines: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                offerId: string;
                /** Format: uuid */
                productId: string;
                sku: string | null;
                name: string;
                unit: string;
                quantity: string;
                priceMinor: number;
                vatRate: string;
                totalMinor: number;
                vatMinor: number;
                weightKg: string;
                volumeM3: string;
              }[];
              createdAt: string;
              updatedAt: string;
            }[];
            payments: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              method: 'card' | 'invoice';
              provider: string;
              /** @enum {string} */
              status: 'pending' | 'requires_action' | 'succeeded' | 'declined' | 'failed' | 'cancelled';
              amountMinor: number;
              card: {
                brand: string;
                last4: string;
              } | null;
              declineCode: string | null;
              declineMessage: string | null;
              action: {
                /** @enum {string} */
                type: 'redirect_3ds';
                url: string;
              } | null;
              /** @description Invoice payments: the part paid */
              subOrderId: string | null;
              /** @description Invoice payments: the payment order (платёжное поручение) № */
              documentNumber: string | null;
              /** @description Invoice payments: the payment order’s date, YYYY-MM-DD */
              paidOn: string | null;
              createdAt: string;
              updatedAt: string;
            }[];
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            number: string;
            /** @enum {string} */
            status:
              | 'pending_payment'
              | 'paid'
              | 'confirmed'
              | 'assembling'
              | 'ready'
              | 'picked_up'
              | 'handed_to_carrier'
              | 'in_transit'
              | 'delivered'
              | 'return_requested'
              | 'completed'
              | 'cancelled'
              | 'returned';
            /** Format: uuid */
            customerId: string;
            /** @enum {string} */
            paymentMethod: 'card' | 'invoice';
            /** @enum {string} */
            deliveryMethod: 'delivery' | 'pickup';
            totals: {
              goodsMinor: number;
              deliveryMinor: number;
              vatMinor: number;
              totalMinor: number;
            };
            /** @description Completed, but some lines came back (accepted returns): the order kept only the rest */
            returnedPartially: boolean;
            payBy: string;
            createdAt: string;
            updatedAt: string;
            delivery: {
              /** @enum {string} */
              method: 'delivery' | 'pickup';
              address?: string;
              lat?: number;
              lon?: number;
              window?: {
                from: string;
                to: string;
              };
              /** @enum {string} */
              unloading?: 'crane' | 'manual' | 'forklift';
            };
            buyer: {
              name: string;
              inn?: string | null;
              kpp?: string | null;
              address?: string | null;
            };
            subOrders: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              orderId: string;
              number: string;
              /** @enum {string} */
              status:
                | 'pending_payment'
                | 'paid'
                | 'confirmed'
                | 'assembling'
                | 'ready'
                | 'picked_up'
                | 'handed_to_carrier'
                | 'in_transit'
                | 'delivered'
                | 'return_requested'
                | 'completed'
                | 'cancelled'
                | 'returned';
              /** Format: uuid */
              sellerId: string;
              sellerName: string;
              warehouse: {
                /** Format: uuid */
                id: string;
                name: string;
                address: string;
                lat: number;
                lon: number;
              };
              /** @enum {string} */
              deliveryMethod: 'delivery' | 'pickup';
              delivery: {
                /** @enum {string} */
                method: 'delivery' | 'pickup';
                address: string | null;
                lat: number | null;
                lon: number | null;
                window: {
                  from: string;
                  to: string;
                } | null;
                unloading: ('crane' | 'manual' | 'forklift') | null;
              };
              /** @description Whom the goods are for and whom to call */
              buyer: {
                name: string;
                inn: string | null;
                kpp: string | null;
                contactName: string | null;
                phone: string | null;
              };
              totals: {
                goodsMinor: number;
                deliveryMinor: number;
                vatMinor: number;
                totalMinor: number;
              };
              /** @description Money received for this part (card payment, or invoice payments so far) */
              receivedMinor: number;
              /** @description While it awaits payment: what is still due (totalMinor − receivedMinor); else 0 */
              dueMinor: number;
              weightKg: string;
              volumeM3: string;
              deliveryQuote: {
                /** @description The dearest trip’s vehicle class */
                vehicleClass: string;
                vehicleName: string;
                /**
                 * @description The body the load needs (docs/domain.md, The delivery guide price)
                 * @enum {string}
                 */
                bodyType?:
                  | 'tent'
                  | 'flatbed'
                  | 'dump'
                  | 'crane'
                  | 'cement_tanker'
                  | 'concrete_mixer'
                  | 'long_flatbed'
                  | 'van'
                  | 'reefer';
                /** @description Its Russian name: тент, самосвал, цементовоз, … */
                bodyName?: string;
                /** @description All trips’ vehicles together */
                vehicles: number;
                roadKm: number;
                /** @description All trips together */
                priceMinor: number;
                /** @description One per cargo kind: sand and bagged goods in one part are a самосвал and a truck */
                trips?: {
                  /** @enum {string} */
                  cargo: 'general' | 'bulk_cement' | 'ready_concrete' | 'bulk';
                  vehicleClass: string;
                  vehicleName: string;
                  /**
                   * @description The body the load needs (docs/domain.md, The delivery guide price)
                   * @enum {string}
                   */
                  bodyType:
                    | 'tent'
                    | 'flatbed'
                    | 'dump'
                    | 'crane'
                    | 'cement_tanker'
                    | 'concrete_mixer'
                    | 'long_flatbed'
                    | 'van'
                    | 'reefer';
                  /** @description Its Russian name: тент, самосвал, цементовоз, … */
                  bodyName: string;
                  vehicles: number;
                  priceMinor: number;
                }[];
              } | null;
              paidAt: string | null;
              /** @description When the goods were picked up or delivered: the return window counts from it */
              receivedAt: string | null;
              /** @description A delivery part’s job on the logistics job board (GET /api/v1/logistics/jobs/{id}), once posted */
              deliveryJobId: string | null;
              /** @description Its delivery once a carrier confirmed the job: GET /api/v1/logistics/deliveries/{id} and its live stream */
              deliveryId: string | null;
              /** @description The delivery’s last state as the orders service heard it (logistics has the live one) */
              deliveryState: ('loaded' | 'in_transit' | 'delivered' | 'failed') | null;
              /** @description Where the viewer (its seller or an admin) may move it; a delivery part goes past ready with its delivery */
              nextStatuses: (
                | 'pending_payment'
                | 'paid'
                | 'confirmed'
                | 'assembling'
                | 'ready'
                | 'picked_up'
                | 'handed_to_carrier'
                | 'in_transit'
                | 'delivered'
                | 'return_requested'
                | 'completed'
                | 'cancelled'
                | 'returned'
              )[];
              lines: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                offerId: string;
                /** Format: uuid */
                productId: string;
                sku: string | null;
                name: string;
                unit: string;
                quantity: string;
                priceMinor: number;
                vatRate: string;
                totalMinor: number;
                vatMinor: number;
                weightKg: string;
                volumeM3: string;
              }[];
              createdAt: string;
              updatedAt: string;
            }[];
            payments: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              method: 'card' | 'invoice';
              provider: string;
              /** @enum {string} */
              status: 'pending' | 'requires_action' | 'succeeded' | 'declined' | 'failed' | 'cancelled';
              amountMinor: number;
              card: {
                brand: string;
                last4: string;
              } | null;
              declineCode: string | null;
              declineMessage: string | null;
              action: {
                /** @enum {string} */
                type: 'redirect_3ds';
                url: string;
              } | null;
              /** @description Invoice payments: the part paid */
              subOrderId: string | null;
              /** @description Invoice payments: the payment order (платёжное поручение) № */
              documentNumber: string | null;
              /** @description Invoice payments: the payment order’s date, YYYY-MM-DD */
              paidOn: string | null;
              createdAt: string;
              updatedAt: string;
            }[];
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable Content */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listOrders: {
    parameters: {
      query?: {
        status?:
          | 'pending_payment'
          | 'paid'
          | 'confirmed'
          | 'assembling'
          | 'ready'
          | 'picked_up'
          | 'handed_to_carrier'
          | 'in_transit'
          | 'delivered'
          | 'return_requested'
          | 'completed'
          | 'cancelled'
          | 'returned';
        /** @description Page size (1–100, default 20) */
        limit?: number;
        /** @description Opaque cursor from the previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              number: string;
              /** @enum {string} */
              status:
                | 'pending_payment'
                | 'paid'
                | 'confirmed'
                | 'assembling'
                | 'ready'
                | 'picked_up'
                | 'handed_to_carrier'
                | 'in_transit'
                | 'delivered'
                | 'return_requested'
                | 'completed'
                | 'cancelled'
                | 'returned';
              /** Format: uuid */
              customerId: string;
              /** @enum {string} */
              paymentMethod: 'card' | 'invoice';
              /** @enum {string} */
              deliveryMethod: 'delivery' | 'pickup';
              totals: {
                goodsMinor: number;
                deliveryMinor: number;
                vatMinor: number;
                totalMinor: number;
              };
              /** @description Completed, but some lines came back (accepted returns): the order kept only the rest */
              returnedPartially: boolean;
              payBy: string;
              createdAt: string;
              updatedAt: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listSubOrders: {
    parameters: {
      query?: {
        status?:
          | 'pending_payment'
          | 'paid'
          | 'confirmed'
          | 'assembling'
          | 'ready'
          | 'picked_up'
          | 'handed_to_carrier'
          | 'in_transit'
          | 'delivered'
          | 'return_requested'
          | 'completed'
          | 'cancelled'
          | 'returned';
        /** @description Page size (1–100, default 20) */
        limit?: number;
        /** @description Opaque cursor from the previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              orderId: string;
              number: string;
              /** @enum {string} */
              status:
                | 'pending_payment'
                | 'paid'
                | 'confirmed'
                | 'assembling'
                | 'ready'
                | 'picked_up'
                | 'handed_to_carrier'
                | 'in_transit'
                | 'delivered'
                | 'return_requested'
                | 'completed'
                | 'cancelled'
                | 'returned';
              /** Format: uuid */
              sellerId: string;
              sellerName: string;
              warehouse: {
                /** Format: uuid */
                id: string;
                name: string;
                address: string;
                lat: number;
                lon: number;
              };
              /** @enum {string} */
              deliveryMethod: 'delivery' | 'pickup';
              delivery: {
                /** @enum {string} */
                method: 'delivery' | 'pickup';
                address: string | null;
                lat: number | null;
                lon: number | null;
                window: {
                  from: string;
                  to: string;
                } | null;
                unloading: ('crane' | 'manual' | 'forklift') | null;
              };
              /** @description Whom the goods are for and whom to call */
              buyer: {
                name: string;
                inn: string | null;
                kpp: string | null;
                contactName: string | null;
                phone: string | null;
              };
              totals: {
                goodsMinor: number;
                deliveryMinor: number;
                vatMinor: number;
                totalMinor: number;
              };
              /** @description Money received for this part (card payment, or invoice payments so far) */
              receivedMinor: number;
              /** @description While it awaits payment: what is still due (totalMinor − receivedMinor); else 0 */
              dueMinor: number;
              weightKg: string;
              volumeM3: string;
              deliveryQuote: {
                /** @description The dearest trip’s vehicle class */
                vehicleClass: string;
                vehicleName: string;
                /**
                 * @description The body the load needs (docs/domain.md, The delivery guide price)
                 * @enum {string}
                 */
                bodyType?:
                  | 'tent'
                  | 'flatbed'
                  | 'dump'
                  | 'crane'
                  | 'cement_tanker'
                  | 'concrete_mixer'
                  | 'long_flatbed'
                  | 'van'
                  | 'reefer';
                /** @description Its Russian name: тент, самосвал, цементовоз, … */
                bodyName?: string;
                /** @description All trips’ vehicles together */
                vehicles: number;
                roadKm: number;
                /** @description All trips together */
                priceMinor: number;
                /** @description One per cargo kind: sand and bagged goods in one part are a самосвал and a truck */
                trips?: {
                  /** @enum {string} */
                  cargo: 'general' | 'bulk_cement' | 'ready_concrete' | 'bulk';
                  vehicleClass: string;
                  vehicleName: string;
                  /**
                   * @description The body the load needs (docs/domain.md, The delivery guide price)
                   * @enum {string}
                   */
                  bodyType:
                    | 'tent'
                    | 'flatbed'
                    | 'dump'
                    | 'crane'
                    | 'cement_tanker'
                    | 'concrete_mixer'
                    | 'long_flatbed'
                    | 'van'
                    | 'reefer';
                  /** @description Its Russian name: тент, самосвал, цементовоз, … */
                  bodyName: string;
                  vehicles: number;
                  priceMinor: number;
                }[];
              } | null;
              paidAt: string | null;
              /** @description When the goods were picked up or delivered: the return window counts from it */
              receivedAt: string | null;
              /** @description A delivery part’s job on the logistics job board (GET /api/v1/logistics/jobs/{id}), once posted */
              deliveryJobId: string | null;
              /** @description Its delivery once a carrier confirmed the job: GET /api/v1/logistics/deliveries/{id} and its live stream */
              deliveryId: string | null;
              /** @description The delivery’s last state as the orders service heard it (logistics has the live one) */
              deliveryState: ('loaded' | 'in_transit' | 'delivered' | 'failed') | null;
              /** @description Where the viewer (its seller or an admin) may move it; a delivery part goes past ready with its delivery */
              nextStatuses: (
                | 'pending_payment'
                | 'paid'
                | 'confirmed'
                | 'assembling'
                | 'ready'
                | 'picked_up'
                | 'handed_to_carrier'
                | 'in_transit'
                | 'delivered'
                | 'return_requested'
                | 'completed'
                | 'cancelled'
                | 'returned'
              )[];
              lines: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                offerId: string;
                /** Format: uuid */
                productId: string;
                sku: string | null;
                name: string;
                unit: string;
                quantity: string;
                priceMinor: number;
                vatRate: string;
                totalMinor: number;
                vatMinor: number;
                weightKg: string;
                volumeM3: string;
              }[];
              createdAt: string;
              updatedAt: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getSubOrder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        subOrderId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orderId: string;
            number: string;
            /** @enum {string} */
            status:
              | 'pending_payment'
              | 'paid'
              | 'confirmed'
              | 'assembling'
              | 'ready'
              | 'picked_up'
              | 'handed_to_carrier'
              | 'in_transit'
              | 'delivered'
              | 'return_requested'
              | 'completed'
              | 'cancelled'
              | 'returned';
            /** Format: uuid */
            sellerId: string;
            sellerName: string;
            warehouse: {
              /** Format: uuid */
              id: string;
              name: string;
              address: string;
              lat: number;
              lon: number;
            };
            /** @enum {string} */
            deliveryMethod: 'delivery' | 'pickup';
            delivery: {
              /** @enum {string} */
              method: 'delivery' | 'pickup';
              address: string | null;
              lat: number | null;
              lon: number | null;
              window: {
                from: string;
                to: string;
              } | null;
              unloading: ('crane' | 'manual' | 'forklift') | null;
            };
            /** @description Whom the goods are for and whom to call */
            buyer: {
              name: string;
              inn: string | null;
              kpp: string | null;
              contactName: string | null;
              phone: string | null;
            };
            totals: {
              goodsMinor: number;
              deliveryMinor: number;
              vatMinor: number;
              totalMinor: number;
            };
            /** @description Money received for this part (card payment, or invoice payments so far) */
            receivedMinor: number;
            /** @description While it awaits payment: what is still due (totalMinor − receivedMinor); else 0 */
            dueMinor: number;
            weightKg: string;
            volumeM3: string;
            deliveryQuote: {
              /** @description The dearest trip’s vehicle class */
              vehicleClass: string;
              vehicleName: string;
              /**
               * @description The body the load needs (docs/domain.md, The delivery guide price)
               * @enum {string}
               */
              bodyType?:
                | 'tent'
                | 'flatbed'
                | 'dump'
                | 'crane'
                | 'cement_tanker'
                | 'concrete_mixer'
                | 'long_flatbed'
                | 'van'
                | 'reefer';
              /** @description Its Russian name: тент, самосвал, цементовоз, … */
              bodyName?: string;
              /** @description All trips’ vehicles together */
              vehicles: number;
              roadKm: number;
              /** @description All trips together */
              priceMinor: number;
              /** @description One per cargo kind: sand and bagged goods in one part are a самосвал and a truck */
              trips?: {
                /** @enum {string} */
                cargo: 'general' | 'bulk_cement' | 'ready_concrete' | 'bulk';
                vehicleClass: string;
                vehicleName: string;
                /**
                 * @description The body the load needs (docs/domain.md, The delivery guide price)
                 * @enum {string}
                 */
                bodyType:
                  | 'tent'
                  | 'flatbed'
                  | 'dump'
                  | 'crane'
                  | 'cement_tanker'
                  | 'concrete_mixer'
                  | 'long_flatbed'
                  | 'van'
                  | 'reefer';
                /** @description Its Russian name: тент, самосвал, цементовоз, … */
                bodyName: string;
                vehicles: number;
                priceMinor: number;
              }[];
            } | null;
            paidAt: string | null;
            /** @description When the goods were picked up or delivered: the return window counts from it */
            receivedAt: string | null;
            /** @description A delivery part’s job on the logistics job board (GET /api/v1/logistics/jobs/{id}), once posted */
            deliveryJobId: string | null;
            /** @description Its delivery once a carrier confirmed the job: GET /api/v1/logistics/deliveries/{id} and its live stream */
            deliveryId: string | null;
            /** @description The delivery’s last state as the orders service heard it (logistics has the live one) */
            deliveryState: ('loaded' | 'in_transit' | 'delivered' | 'failed') | null;
            /** @description Where the viewer (its seller or an admin) may move it; a delivery part goes past ready with its delivery */
            nextStatuses: (
              | 'pending_payment'
              | 'paid'
              | 'confirmed'
              | 'assembling'
              | 'ready'
              | 'picked_up'
              | 'handed_to_carrier'
              | 'in_transit'
              | 'delivered'
              | 'return_requested'
              | 'completed'
              | 'cancelled'
              | 'returned'
            )[];
            lines: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              offerId: string;
              /** Format: uuid */
              productId: string;
              sku: string | null;
              name: string;
              unit: string;
              quantity: string;
              priceMinor: number;
              vatRate: string;
              totalMinor: number;
              vatMinor: number;
              weightKg: string;
              volumeM3: string;
            }[];
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  transitionSubOrder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          to:
            | 'pending_payment'
            | 'paid'
            | 'confirmed'
            | 'assembling'
            | 'ready'
            | 'picked_up'
            | 'handed_to_carrier'
            | 'in_transit'
            | 'delivered'
            | 'return_requested'
            | 'completed'
            | 'cancelled'
            | 'returned';
          reason?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orderId: string;
            number: string;
            /** @enum {string} */
            status:
              | 'pending_payment'
              | 'paid'
              | 'confirmed'
              | 'assembling'
              | 'ready'
              | 'picked_up'
              | 'handed_to_carrier'
              | 'in_transit'
              | 'delivered'
              | 'return_requested'
              | 'completed'
              | 'cancelled'
              | 'returned';
            /** Format: uuid */
            sellerId: string;
            sellerName: string;
            warehouse: {
              /** Format: uuid */
              id: string;
              name: string;
              address: string;
              lat: number;
              lon: number;
            };
            /** @enum {string} */
            deliveryMethod: 'delivery' | 'pickup';
            delivery: {
              /** @enum {string} */
              method: 'delivery' | 'pickup';
              address: string | null;
              lat: number | null;
              lon: number | null;
              window: {
                from: string;
                to: string;
              } | null;
              unloading: ('crane' | 'manual' | 'forklift') | null;
            };
            /** @description Whom the goods are for and whom to call */
            buyer: {
              name: string;
              inn: string | null;
              kpp: string | null;
              contactName: string | null;
              phone: string | null;
            };
            totals: {
              goodsMinor: number;
              deliveryMinor: number;
              vatMinor: number;
              totalMinor: number;
            };
            /** @description Money received for this part (card payment, or invoice payments so far) */
            receivedMinor: number;
            /** @description While it awaits payment: what is still due (totalMinor − receivedMinor); else 0 */
            dueMinor: number;
            weightKg: string;
            volumeM3: string;
            deliveryQuote: {
              /** @description The dearest trip’s vehicle class */
              vehicleClass: string;
              vehicleName: string;
              /**
               * @description The body the load needs (docs/domain.md, The delivery guide price)
               * @enum {string}
               */
              bodyType?:
                | 'tent'
                | 'flatbed'
                | 'dump'
                | 'crane'
                | 'cement_tanker'
                | 'concrete_mixer'
                | 'long_flatbed'
                | 'van'
                | 'reefer';
              /** @description Its Russian name: тент, самосвал, цементовоз, … */
              bodyName?: string;
              /** @description All trips’ vehicles together */
              vehicles: number;
              roadKm: number;
              /** @description All trips together */
              priceMinor: number;
              /** @description One per cargo kind: sand and bagged goods in one part are a самосвал and a truck */
              trips?: {
                /** @enum {string} */
                cargo: 'general' | 'bulk_cement' | 'ready_concrete' | 'bulk';
                vehicleClass: string;
                vehicleName: string;
                /**
                 * @description The body the load needs (docs/domain.md, The delivery guide price)
                 * @enum {string}
                 */
                bodyType:
                  | 'tent'
                  | 'flatbed'
                  | 'dump'
                  | 'crane'
                  | 'cement_tanker'
                  | 'concrete_mixer'
                  | 'long_flatbed'
                  | 'van'
                  | 'reefer';
                /** @description Its Russian name: тент, самосвал, цементовоз, … */
                bodyName: string;
                vehicles: number;
                priceMinor: number;
              }[];
            } | null;
            paidAt: string | null;
            /** @description When the goods were picked up or delivered: the return window counts from it */
            receivedAt: string | null;
            /** @description A delivery part’s job on the logistics job board (GET /api/v1/logistics/jobs/{id}), once posted */
            deliveryJobId: string | null;
            /** @description Its delivery once a carrier confirmed the job: GET /api/v1/logistics/deliveries/{id} and its live stream */
            deliveryId: string | null;
            /** @description The delivery’s last state as the orders service heard it (logistics has the live one) */
            deliveryState: ('loaded' | 'in_transit' | 'delivered' | 'failed') | null;
            /** @description Where the viewer (its seller or an admin) may move it; a delivery part goes past ready with its delivery */
            nextStatuses: (
              | 'pending_payment'
              | 'paid'
              | 'confirmed'
              | 'assembling'
              | 'ready'
              | 'picked_up'
              | 'handed_to_carrier'
              | 'in_transit'
              | 'delivered'
              | 'return_requested'
              | 'completed'
              | 'cancelled'
              | 'returned'
            )[];
            lines: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              offerId: string;
              /** Format: uuid */
              productId: string;
              sku: string | null;
              name: string;
              unit: string;
              quantity: string;
              priceMinor: number;
              vatRate: string;
              totalMinor: number;
              vatMinor: number;
              weightKg: string;
              volumeM3: string;
            }[];
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getOrder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            number: string;
            /** @enum {string} */
            status:
              | 'pending_payment'
              | 'paid'
              | 'confirmed'
              | 'assembling'
              | 'ready'
              | 'picked_up'
              | 'handed_to_carrier'
              | 'in_transit'
              | 'delivered'
              | 'return_requested'
              | 'completed'
              | 'cancelled'
              | 'returned';
            /** Format: uuid */
            customerId: string;
            /** @enum {string} */
            paymentMethod: 'card' | 'invoice';
            /** @enum {string} */
            deliveryMethod: 'delivery' | 'pickup';
            totals: {
              goodsMinor: number;
              deliveryMinor: number;
              vatMinor: number;
              totalMinor: number;
            };
            /** @description Completed, but some lines came back (accepted returns): the order kept only the rest */
            returnedPartially: boolean;
            payBy: string;
            createdAt: string;
            updatedAt: string;
            delivery: {
              /** @enum {string} */
              method: 'delivery' | 'pickup';
              address?: string;
              lat?: number;
              lon?: number;
              window?: {
                from: string;
                to: string;
              };
              /** @enum {string} */
              unloading?: 'crane' | 'manual' | 'forklift';
            };
            buyer: {
              name: string;
              inn?: string | null;
              kpp?: string | null;
              address?: string | null;
            };
            subOrders: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              orderId: string;
              number: string;
              /** @enum {string} */
              status:
                | 'pending_payment'
                | 'paid'
                | 'confirmed'
                | 'assembling'
                | 'ready'
                | 'picked_up'
                | 'handed_to_carrier'
                | 'in_transit'
                | 'delivered'
                | 'return_requested'
                | 'completed'
                | 'cancelled'
                | 'returned';
              /** Format: uuid */
              sellerId: string;
              sellerName: string;
              warehouse: {
                /** Format: uuid */
                id: string;
                name: string;
                address: string;
                lat: number;
                lon: number;
              };
              /** @enum {string} */
              deliveryMethod: 'delivery' | 'pickup';
              delivery: {
                /** @enum {string} */
                method: 'delivery' | 'pickup';
                address: string | null;
                lat: number | null;
                lon: number | null;
                window: {
                  from: string;
                  to: string;
                } | null;
                unloading: ('crane' | 'manual' | 'forklift') | null;
              };
              /** @description Whom the goods are for and whom to call */
              buyer: {
                name: string;
                inn: string | null;
                kpp: string | null;
                contactName: string | null;
                phone: string | null;
              };
              totals: {
                goodsMinor: number;
                deliveryMinor: number;
                vatMinor: number;
                totalMinor: number;
              };
              /** @description Money received for this part (card payment, or invoice payments so far) */
              receivedMinor: number;
              /** @description While it awaits payment: what is still due (totalMinor − receivedMinor); else 0 */
              dueMinor: number;
              weightKg: string;
              volumeM3: string;
              deliveryQuote: {
                /** @description The dearest trip’s vehicle class */
                vehicleClass: string;
                vehicleName: string;
                /**
                 * @description The body the load needs (docs/domain.md, The delivery guide price)
                 * @enum {string}
                 */
                bodyType?:
                  | 'tent'
                  | 'flatbed'
                  | 'dump'
                  | 'crane'
                  | 'cement_tanker'
                  | 'concrete_mixer'
                  | 'long_flatbed'
                  | 'van'
                  | 'reefer';
                /** @description Its Russian name: тент, самосвал, цементовоз, … */
                bodyName?: string;
                /** @description All trips’ vehicles together */
                vehicles: number;
                roadKm: number;
                /** @description All trips together */
                priceMinor: number;
                /** @description One per cargo kind: sand and bagged goods in one part are a самосвал and a truck */
                trips?: {
                  /** @enum {string} */
                  cargo: 'general' | 'bulk_cement' | 'ready_concrete' | 'bulk';
                  vehicleClass: string;
                  vehicleName: string;
                  /**
                   * @description The body the load needs (docs/domain.md, The delivery guide price)
                   * @enum {string}
                   */
                  bodyType:
                    | 'tent'
                    | 'flatbed'
                    | 'dump'
                    | 'crane'
                    | 'cement_tanker'
                    | 'concrete_mixer'
                    | 'long_flatbed'
                    | 'van'
                    | 'reefer';
                  /** @description Its Russian name: тент, самосвал, цементовоз, … */
                  bodyName: string;
                  vehicles: number;
                  priceMinor: number;
                }[];
              } | null;
              paidAt: string | null;
              /** @description When the goods were picked up or delivered: the return window counts from it */
              receivedAt: string | null;
              /** @description A delivery part’s job on the logistics job board (GET /api/v1/logistics/jobs/{id}), once posted */
              deliveryJobId: string | null;
              /** @description Its delivery once a carrier confirmed the job: GET /api/v1/logistics/deliveries/{id} and its live stream */
              deliveryId: string | null;
              /** @description The delivery’s last state as the orders service heard it (logistics has the live one) */
              deliveryState: ('loaded' | 'in_transit' | 'delivered' | 'failed') | null;
              /** @description Where the viewer (its seller or an admin) may move it; a delivery part goes past ready with its delivery */
              nextStatuses: (
                | 'pending_payment'
                | 'paid'
                | 'confirmed'
                | 'assembling'
                | 'ready'
                | 'picked_up'
                | 'handed_to_carrier'
                | 'in_transit'
                | 'delivered'
                | 'return_requested'
                | 'completed'
                | 'cancelled'
                | 'returned'
              )[];
              lines: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                offerId: string;
                /** Format: uuid */
                productId: string;
                sku: string | null;
                name: string;
                unit: string;
                quantity: string;
                priceMinor: number;
                vatRate: string;
                totalMinor: number;
                vatMinor: number;
                weightKg: string;
                volumeM3: string;
              }[];
              createdAt: string;
              updatedAt: string;
            }[];
            payments: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              method: 'card' | 'invoice';
              provider: string;
              /** @enum {string} */
              status: 'pending' | 'requires_action' | 'succeeded' | 'declined' | 'failed' | 'cancelled';
              amountMinor: number;
              card: {
                brand: string;
                last4: string;
              } | null;
              declineCode: string | null;
              declineMessage: string | null;
              action: {
                /** @enum {string} */
                type: 'redirect_3ds';
                url: string;
              } | null;
              /** @description Invoice payments: the part paid */
              subOrderId: string | null;
              /** @description Invoice payments: the payment order (платёжное поручение) № */
              documentNumber: string | null;
              /** @description Invoice payments: the payment order’s date, YYYY-MM-DD */
              paidOn: string | null;
              createdAt: string;
              updatedAt: string;
            }[];
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listOrderHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              subOrderId: string | null;
              from: string | null;
              to: string;
              actorId: string | null;
              actorRole: string;
              reason: string | null;
              at: string;
            }[];
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  cancelOrder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            number: string;
            /** @enum {string} */
            status:
              | 'pending_payment'
              | 'paid'
              | 'confirmed'
              | 'assembling'
              | 'ready'
              | 'picked_up'
              | 'handed_to_carrier'
              | 'in_transit'
              | 'delivered'
              | 'return_requested'
              | 'completed'
              | 'cancelled'
              | 'returned';
            /** Format: uuid */
            customerId: string;
            /** @enum {string} */
            paymentMethod: 'card' | 'invoice';
            /** @enum {string} */
            deliveryMethod: 'delivery' | 'pickup';
            totals: {
              goodsMinor: number;
              deliveryMinor: number;
              vatMinor: number;
              totalMinor: number;
            };
            /** @description Completed, but some lines came back (accepted returns): the order kept only the rest */
            returnedPartially: boolean;
            payBy: string;
            createdAt: string;
            updatedAt: string;
            delivery: {
              /** @enum {string} */
              method: 'delivery' | 'pickup';
              address?: string;
              lat?: number;
              lon?: number;
              window?: {
                from: string;
                to: string;
              };
              /** @enum {string} */
              unloading?: 'crane' | 'manual' | 'forklift';
            };
            buyer: {
              name: string;
              inn?: string | null;
              kpp?: string | null;
              address?: string | null;
            };
            subOrders: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              orderId: string;
              number: string;
              /** @enum {string} */
              status:
                | 'pending_payment'
                | 'paid'
                | 'confirmed'
                | 'assembling'
                | 'ready'
                | 'picked_up'
                | 'handed_to_carrier'
                | 'in_transit'
                | 'delivered'
                | 'return_requested'
                | 'completed'
                | 'cancelled'
                | 'returned';
              /** Format: uuid */
              sellerId: string;
              sellerName: string;
              warehouse: {
                /** Format: uuid */
                id: string;
                name: string;
                address: string;
                lat: number;
                lon: number;
              };
              /** @enum {string} */
              deliveryMethod: 'delivery' | 'pickup';
              delivery: {
                /** @enum {string} */
                method: 'delivery' | 'pickup';
                address: string | null;
                lat: number | null;
                lon: number | null;
                window: {
                  from: string;
                  to: string;
                } | null;
                unloading: ('crane' | 'manual' | 'forklift') | null;
              };
              /** @description Whom the goods are for and whom to call */
              buyer: {
                name: string;
                inn: string | null;
                kpp: string | null;
                contactName: string | null;
                phone: string | null;
              };
              totals: {
                goodsMinor: number;
                deliveryMinor: number;
                vatMinor: number;
                totalMinor: number;
              };
              /** @description Money received for this part (card payment, or invoice payments so far) */
              receivedMinor: number;
              /** @description While it awaits payment: what is still due (totalMinor − receivedMinor); else 0 */
              dueMinor: number;
              weightKg: string;
              volumeM3: string;
              deliveryQuote: {
                /** @description The dearest trip’s vehicle class */
                vehicleClass: string;
                vehicleName: string;
                /**
                 * @description The body the load needs (docs/domain.md, The delivery guide price)
                 * @enum {string}
                 */
                bodyType?:
                  | 'tent'
                  | 'flatbed'
                  | 'dump'
                  | 'crane'
                  | 'cement_tanker'
                  | 'concrete_mixer'
                  | 'long_flatbed'
                  | 'van'
                  | 'reefer';
                /** @description Its Russian name: тент, самосвал, цементовоз, … */
                bodyName?: string;
                /** @description All trips’ vehicles together */
                vehicles: number;
                roadKm: number;
                /** @description All trips together */
                priceMinor: number;
                /** @description One per cargo kind: sand and bagged goods in one part are a самосвал and a truck */
                trips?: {
                  /** @enum {string} */
                  cargo: 'general' | 'bulk_cement' | 'ready_concrete' | 'bulk';
                  vehicleClass: string;
                  vehicleName: string;
                  /**
                   * @description The body the load needs (docs/domain.md, The delivery guide price)
                   * @enum {string}
                   */
                  bodyType:
                    | 'tent'
                    | 'flatbed'
                    | 'dump'
                    | 'crane'
                    | 'cement_tanker'
                    | 'concrete_mixer'
                    | 'long_flatbed'
                    | 'van'
                    | 'reefer';
                  /** @description Its Russian name: тент, самосвал, цементовоз, … */
                  bodyName: string;
                  vehicles: number;
                  priceMinor: number;
                }[];
              } | null;
              paidAt: string | null;
              /** @description When the goods were picked up or delivered: the return window counts from it */
              receivedAt: string | null;
              /** @description A delivery part’s job on the logistics job board (GET /api/v1/logistics/jobs/{id}), once posted */
              deliveryJobId: string | null;
              /** @description Its delivery once a carrier confirmed the job: GET /api/v1/logistics/deliveries/{id} and its live stream */
              deliveryId: string | null;
              /** @description The delivery’s last state as the orders service heard it (logistics has the live one) */
              deliveryState: ('loaded' | 'in_transit' | 'delivered' | 'failed') | null;
              /** @description Where the viewer (its seller or an admin) may move it; a delivery part goes past ready with its delivery */
              nextStatuses: (
                | 'pending_payment'
                | 'paid'
                | 'confirmed'
                | 'assembling'
                | 'ready'
                | 'picked_up'
                | 'handed_to_carrier'
                | 'in_transit'
                | 'delivered'
                | 'return_requested'
                | 'completed'
                | 'cancelled'
                | 'returned'
              )[];
              lines: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                offerId: string;
                /** Format: uuid */
                productId: string;
                sku: string | null;
                name: string;
                unit: string;
                quantity: string;
                priceMinor: number;
                vatRate: string;
                totalMinor: number;
                vatMinor: number;
                weightKg: string;
                volumeM3: string;
              }[];
              createdAt: string;
              updatedAt: string;
            }[];
            payments: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              method: 'card' | 'invoice';
              provider: string;
              /** @enum {string} */
              status: 'pending' | 'requires_action' | 'succeeded' | 'declined' | 'failed' | 'cancelled';
              amountMinor: number;
              card: {
                brand: string;
                last4: string;
              } | null;
              declineCode: string | null;
              declineMessage: string | null;
              action: {
                /** @enum {string} */
                type: 'redirect_3ds';
                url: string;
              } | null;
              /** @description Invoice payments: the part paid */
              subOrderId: string | null;
              /** @description Invoice payments: the payment order (платёжное поручение) № */
              documentNumber: string | null;
              /** @description Invoice payments: the payment order’s date, YYYY-MM-DD */
              paidOn: string | null;
              createdAt: string;
              updatedAt: string;
            }[];
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  cancelSellerOpenSubOrders: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        sellerId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            cancelled: number;
            subOrders: {
              /** Format: uuid */
              id: string;
              number: string;
              /** Format: uuid */
              orderId: string;
            }[];
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createOrderReturn: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          subOrderId: string;
          reason: string;
          /** @description Lines and quantities to send back; omitted: everything of the part not yet returned */
          lines?: {
            /** Format: uuid */
            lineId: string;
            quantity: string | number;
          }[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Return'];
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listReturns: {
    parameters: {
      query?: {
        status?: 'requested' | 'accepted' | 'refused';
        orderId?: string;
        /** @description Page size (1–100, default 20) */
        limit?: number;
        /** @description Opaque cursor from the previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Return'][];
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getOrderReturn: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        returnId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Return'];
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  acceptReturn: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        returnId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: uuid
           * @description Put the goods back on this warehouse’s stock
           */
          restockWarehouseId?: string;
          /** @description Give the part’s delivery back too (not by default) */
          refundDelivery?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Return'];
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  refuseReturn: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        returnId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Return'];
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listOrderPayments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Payments, card and invoice, oldest first */
            items: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              method: 'card' | 'invoice';
              provider: string;
              /** @enum {string} */
              status: 'pending' | 'requires_action' | 'succeeded' | 'declined' | 'failed' | 'cancelled';
              amountMinor: number;
              card: {
                brand: string;
                last4: string;
              } | null;
              declineCode: string | null;
              declineMessage: string | null;
              action: {
                /** @enum {string} */
                type: 'redirect_3ds';
                url: string;
              } | null;
              /** @description Invoice payments: the part paid */
              subOrderId: string | null;
              /** @description Invoice payments: the payment order (платёжное поручение) № */
              documentNumber: string | null;
              /** @description Invoice payments: the payment order’s date, YYYY-MM-DD */
              paidOn: string | null;
              createdAt: string;
              updatedAt: string;
            }[];
            /** @description Refunds, oldest first */
            refunds: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              orderId: string;
              subOrderId: string | null;
              /** @description Card refunds: the payment it goes back to */
              paymentId: string | null;
              returnId: string | null;
              /** @enum {string} */
              method: 'card' | 'invoice';
              /**
               * @description card: pending → succeeded | failed; invoice: due → paid_back (by the seller or an admin)
               * @enum {string}
               */
              status: 'pending' | 'succeeded' | 'failed' | 'due' | 'paid_back';
              /** @enum {string} */
              cause: 'cancellation' | 'return' | 'late_payment';
              amountMinor: number;
              reason: string | null;
              failureCode: string | null;
              failureMessage: string | null;
              documentNumber: string | null;
              paidBackOn: string | null;
              createdAt: string;
              updatedAt: string;
            }[];
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createOrderPayment: {
    parameters: {
      query?: never;
      header: {
        'idempotency-key': string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          method: 'card';
          /** @description A bank card; only its brand and last four digits are kept */
          card: {
            /** @description 12–19 digits, spaces allowed; Luhn-checked; never stored, logged or returned */
            number: string;
            /** @description Expiry month 1–12 (number, or a string such as "04") */
            expMonth: number | string;
            /** @description Expiry year, 2 or 4 digits; answered as 4 digits */
            expYear: number | string;
            /** @description CVC/CVV; a string, so leading zeros survive; never stored or logged */
            cvc: string;
            /** @description Name on the card, if any */
            holder?: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            method: 'card' | 'invoice';
            provider: string;
            /** @enum {string} */
            status: 'pending' | 'requires_action' | 'succeeded' | 'declined' | 'failed' | 'cancelled';
            amountMinor: number;
            card: {
              brand: string;
              last4: string;
            } | null;
            declineCode: string | null;
            declineMessage: string | null;
            action: {
              /** @enum {string} */
              type: 'redirect_3ds';
              url: string;
            } | null;
            /** @description Invoice payments: the part paid */
            subOrderId: string | null;
            /** @description Invoice payments: the payment order (платёжное поручение) № */
            documentNumber: string | null;
            /** @description Invoice payments: the payment order’s date, YYYY-MM-DD */
            paidOn: string | null;
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            method: 'card' | 'invoice';
            provider: string;
            /** @enum {string} */
            status: 'pending' | 'requires_action' | 'succeeded' | 'declined' | 'failed' | 'cancelled';
            amountMinor: number;
            card: {
              brand: string;
              last4: string;
            } | null;
            declineCode: string | null;
            declineMessage: string | null;
            action: {
              /** @enum {string} */
              type: 'redirect_3ds';
              url: string;
            } | null;
            /** @description Invoice payments: the part paid */
            subOrderId: string | null;
            /** @description Invoice payments: the payment order (платёжное поручение) № */
            documentNumber: string | null;
            /** @description Invoice payments: the payment order’s date, YYYY-MM-DD */
            paidOn: string | null;
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable Content */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  cancelOrderPayment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        paymentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            method: 'card' | 'invoice';
            provider: string;
            /** @enum {string} */
            status: 'pending' | 'requires_action' | 'succeeded' | 'declined' | 'failed' | 'cancelled';
            amountMinor: number;
            card: {
              brand: string;
              last4: string;
            } | null;
            declineCode: string | null;
            declineMessage: string | null;
            action: {
              /** @enum {string} */
              type: 'redirect_3ds';
              url: string;
            } | null;
            /** @description Invoice payments: the part paid */
            subOrderId: string | null;
            /** @description Invoice payments: the payment order (платёжное поручение) № */
            documentNumber: string | null;
            /** @description Invoice payments: the payment order’s date, YYYY-MM-DD */
            paidOn: string | null;
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Service Unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  markSubOrderPaid: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description What arrived on the seller’s account, kopecks; at most what the part still awaits */
          amountMinor: number;
          /**
           * Format: date
           * @description The payment order’s date (Moscow), YYYY-MM-DD
           */
          paidOn: string;
          /** @description The payment order (платёжное поручение) № */
          documentNumber: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orderId: string;
            number: string;
            /** @enum {string} */
            status:
              | 'pending_payment'
              | 'paid'
              | 'confirmed'
              | 'assembling'
              | 'ready'
              | 'picked_up'
              | 'handed_to_carrier'
              | 'in_transit'
              | 'delivered'
              | 'return_requested'
              | 'completed'
              | 'cancelled'
              | 'returned';
            /** Format: uuid */
            sellerId: string;
            sellerName: string;
            warehouse: {
              /** Format: uuid */
              id: string;
              name: string;
              address: string;
              lat: number;
              lon: number;
            };
            /** @enum {string} */
            deliveryMethod: 'delivery' | 'pickup';
            delivery: {
              /** @enum {string} */
              method: 'delivery' | 'pickup';
              address: string | null;
              lat: number | null;
              lon: number | null;
              window: {
                from: string;
                to: string;
              } | null;
              unloading: ('crane' | 'manual' | 'forklift') | null;
            };
            /** @description Whom the goods are for and whom to call */
            buyer: {
              name: string;
              inn: string | null;
              kpp: string | null;
              contactName: string | null;
              phone: string | null;
            };
            totals: {
              goodsMinor: number;
              deliveryMinor: number;
              vatMinor: number;
              totalMinor: number;
            };
            /** @description Money received for this part (card payment, or invoice payments so far) */
            receivedMinor: number;
            /** @description While it awaits payment: what is still due (totalMinor − receivedMinor); else 0 */
            dueMinor: number;
            weightKg: string;
            volumeM3: string;
            deliveryQuote: {
              /** @description The dearest trip’s vehicle class */
              vehicleClass: string;
              vehicleName: string;
              /**
               * @description The body the load needs (docs/domain.md, The delivery guide price)
               * @enum {string}
               */
              bodyType?:
                | 'tent'
                | 'flatbed'
                | 'dump'
                | 'crane'
                | 'cement_tanker'
                | 'concrete_mixer'
                | 'long_flatbed'
                | 'van'
                | 'reefer';
              /** @description Its Russian name: тент, самосвал, цементовоз, … */
              bodyName?: string;
              /** @description All trips’ vehicles together */
              vehicles: number;
              roadKm: number;
              /** @description All trips together */
              priceMinor: number;
              /** @description One per cargo kind: sand and bagged goods in one part are a самосвал and a truck */
              trips?: {
                /** @enum {string} */
                cargo: 'general' | 'bulk_cement' | 'ready_concrete' | 'bulk';
                vehicleClass: string;
                vehicleName: string;
                /**
                 * @description The body the load needs (docs/domain.md, The delivery guide price)
                 * @enum {string}
                 */
                bodyType:
                  | 'tent'
                  | 'flatbed'
                  | 'dump'
                  | 'crane'
                  | 'cement_tanker'
                  | 'concrete_mixer'
                  | 'long_flatbed'
                  | 'van'
                  | 'reefer';
                /** @description Its Russian name: тент, самосвал, цементовоз, … */
                bodyName: string;
                vehicles: number;
                priceMinor: number;
              }[];
            } | null;
            paidAt: string | null;
            /** @description When the goods were picked up or delivered: the return window counts from it */
            receivedAt: string | null;
            /** @description A delivery part’s job on the logistics job board (GET /api/v1/logistics/jobs/{id}), once posted */
            deliveryJobId: string | null;
            /** @description Its delivery once a carrier confirmed the job: GET /api/v1/logistics/deliveries/{id} and its live stream */
            deliveryId: string | null;
            /** @description The delivery’s last state as the orders service heard it (logistics has the live one) */
            deliveryState: ('loaded' | 'in_transit' | 'delivered' | 'failed') | null;
            /** @description Where the viewer (its seller or an admin) may move it; a delivery part goes past ready with its delivery */
            nextStatuses: (
              | 'pending_payment'
              | 'paid'
              | 'confirmed'
              | 'assembling'
              | 'ready'
              | 'picked_up'
              | 'handed_to_carrier'
              | 'in_transit'
              | 'delivered'
              | 'return_requested'
              | 'completed'
              | 'cancelled'
              | 'returned'
            )[];
            lines: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              offerId: string;
              /** Format: uuid */
              productId: string;
              sku: string | null;
              name: string;
              unit: string;
              quantity: string;
              priceMinor: number;
              vatRate: string;
              totalMinor: number;
              vatMinor: number;
              weightKg: string;
              volumeM3: string;
            }[];
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable Content */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  receivePaymentWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        provider: string;
      };
      cookie?: never;
    };
    /** @description The provider’s JSON event exactly as sent (signed in the Tutuu-Signature header): {id, type: payment.succeeded | payment.failed, providerPaymentId, amountMinor, currency, occurredAt, declineCode?, declineMessage?} */
    requestBody: {
      content: {
        'application/json': string;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            received: true;
            /** @description The event was applied before; nothing changed */
            duplicate: boolean;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTestThreeDsPage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        providerPaymentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The page */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  submitTestThreeDs: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        providerPaymentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          outcome: 'succeed' | 'fail';
        };
      };
    };
    responses: {
      /** @description The outcome */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            outcome: 'succeeded' | 'failed';
            /** Format: uuid */
            orderId: string;
            payment: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              method: 'card' | 'invoice';
              provider: string;
              /** @enum {string} */
              status: 'pending' | 'requires_action' | 'succeeded' | 'declined' | 'failed' | 'cancelled';
              amountMinor: number;
              card: {
                brand: string;
                last4: string;
              } | null;
              declineCode: string | null;
              declineMessage: string | null;
              action: {
                /** @enum {string} */
                type: 'redirect_3ds';
                url: string;
              } | null;
              /** @description Invoice payments: the part paid */
              subOrderId: string | null;
              /** @description Invoice payments: the payment order (платёжное поручение) № */
              documentNumber: string | null;
              /** @description Invoice payments: the payment order’s date, YYYY-MM-DD */
              paidOn: string | null;
              createdAt: string;
              updatedAt: string;
            };
          };
          'text/html': string;
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listSubOrderPayments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Payments, card and invoice, oldest first */
            items: {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              method: 'card' | 'invoice';
              provider: string;
              /** @enum {string} */
              status: 'pending' | 'requires_action' | 'succeeded' | 'declined' | 'failed' | 'cancelled';
              amountMinor: number;
              card: {
                brand: string;
                last4: string;
              } | null;
              declineCode: string | null;
              declineMessage: string | null;
              action: {
                /** @enum {string} */
                type: 'redirect_3ds';
                url: string;
              } | null;
              /** @description Invoice payments: the part paid */
              subOrderId: string | null;
              /** @description Invoice payments: the payment order (платёжное поручение) № */
              documentNumber: string | null;
              /** @description Invoice payments: the payment order’s date, YYYY-MM-DD */
              paidOn: string | null;
              createdAt: string;
              updatedAt: string;
            }[];
            /** @description Refunds, oldest first */
            refunds: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              orderId: string;
              subOrderId: string | null;
              /** @description Card refunds: the payment it goes back to */
              paymentId: string | null;
              returnId: string | null;
              /** @enum {string} */
              method: 'card' | 'invoice';
              /**
               * @description card: pending → succeeded | failed; invoice: due → paid_back (by the seller or an admin)
               * @enum {string}
               */
              status: 'pending' | 'succeeded' | 'failed' | 'due' | 'paid_back';
              /** @enum {string} */
              cause: 'cancellation' | 'return' | 'late_payment';
              amountMinor: number;
              reason: string | null;
              failureCode: string | null;
              failureMessage: string | null;
              documentNumber: string | null;
              paidBackOn: string | null;
              createdAt: string;
              updatedAt: string;
            }[];
            receivedMinor: number;
            dueMinor: number;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  markRefundPaidBack: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The payment order (платёжное поручение) № */
          documentNumber: string;
          /**
           * Format: date
           * @description The payment order’s date (Moscow), YYYY-MM-DD
           */
          paidOn: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orderId: string;
            subOrderId: string | null;
            /** @description Card refunds: the payment it goes back to */
            paymentId: string | null;
            returnId: string | null;
            /** @enum {string} */
            method: 'card' | 'invoice';
            /**
             * @description card: pending → succeeded | failed; invoice: due → paid_back (by the seller or an admin)
             * @enum {string}
             */
            status: 'pending' | 'succeeded' | 'failed' | 'due' | 'paid_back';
            /** @enum {string} */
            cause: 'cancellation' | 'return' | 'late_payment';
            amountMinor: number;
            reason: string | null;
            failureCode: string | null;
            failureMessage: string | null;
            documentNumber: string | null;
            paidBackOn: string | null;
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listRefundsForAdmin: {
    parameters: {
      query?: {
        status?: 'pending' | 'succeeded' | 'failed' | 'due' | 'paid_back';
        /** @description Page size (1–100, default 20) */
        limit?: number;
        /** @description Opaque cursor from the previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              orderId: string;
              subOrderId: string | null;
              /** @description Card refunds: the payment it goes back to */
              paymentId: string | null;
              returnId: string | null;
              /** @enum {string} */
              method: 'card' | 'invoice';
              /**
               * @description card: pending → succeeded | failed; invoice: due → paid_back (by the seller or an admin)
               * @enum {string}
               */
              status: 'pending' | 'succeeded' | 'failed' | 'due' | 'paid_back';
              /** @enum {string} */
              cause: 'cancellation' | 'return' | 'late_payment';
              amountMinor: number;
              reason: string | null;
              failureCode: string | null;
              failureMessage: string | null;
              documentNumber: string | null;
              paidBackOn: string | null;
              createdAt: string;
              updatedAt: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  retryRefund: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orderId: string;
            subOrderId: string | null;
            /** @description Card refunds: the payment it goes back to */
            paymentId: string | null;
            returnId: string | null;
            /** @enum {string} */
            method: 'card' | 'invoice';
            /**
             * @description card: pending → succeeded | failed; invoice: due → paid_back (by the seller or an admin)
             * @enum {string}
             */
            status: 'pending' | 'succeeded' | 'failed' | 'due' | 'paid_back';
            /** @enum {string} */
            cause: 'cancellation' | 'return' | 'late_payment';
            amountMinor: number;
            reason: string | null;
            failureCode: string | null;
            failureMessage: string | null;
            documentNumber: string | null;
            paidBackOn: string | null;
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getOrderInvoicePdf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The invoices, one after another */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getSubOrderInvoicePdf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The invoice */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listDeadEvents: {
    parameters: {
      query?: {
        /** @description Page size (1–100, default 20) */
        limit?: number;
        /** @description Opaque cursor from the previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['DeadEvent'][];
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  retryDeadEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequeuedEvent'];
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getDeliveryQuote: {
    parameters: {
      query: {
        /** @description Pickup point, "lat,lon" (the warehouse) */
        from: string;
        /** @description Drop-off point, "lat,lon" */
        to: string;
        /** @description The whole load, kg */
        weightKg: string;
        /** @description The whole load, m³ (default 0: weight decides) */
        volumeM3?: string;
        /** @description The longest item, m (rebar 11.7, timber 6) */
        lengthM?: string;
        /** @description Only this body: an id or its Russian name — tent (тент), flatbed (борт), dump (самосвал), crane (манипулятор), cement_tanker (цементовоз), concrete_mixer (бетоновоз), long_flatbed (длинномер), van (фургон), reefer (рефрижератор) */
        body?: string;
        /** @description How the goods travel: bulk_cement → цементовоз, ready_concrete → бетоновоз, bulk → самосвал */
        cargo?: 'general' | 'bulk_cement' | 'ready_concrete' | 'bulk';
        /** @description crane: a манипулятор unloads general cargo (costs more); manual; forklift on site */
        unloading?: 'crane' | 'manual' | 'forklift';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The delivery guide price (docs/domain.md, The delivery guide price) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            from: {
              lat: number;
              lon: number;
            };
            to: {
              lat: number;
              lon: number;
            };
            /** @enum {string} */
            cargo: 'general' | 'bulk_cement' | 'ready_concrete' | 'bulk';
            /** @enum {string} */
            unloading: 'crane' | 'manual' | 'forklift';
            vehicleClass: string;
            vehicleName: string;
            /** @enum {string} */
            bodyType:
              | 'tent'
              | 'flatbed'
              | 'dump'
              | 'crane'
              | 'cement_tanker'
              | 'concrete_mixer'
              | 'long_flatbed'
              | 'van'
              | 'reefer';
            /** @description The body’s Russian name */
            bodyName: string;
            vehicles: number;
            priceMinor: number;
            straightKm: number;
            /** @description 1.4 × the first 10 km straight + 1.3 × 10–50 km + 1.2 × the rest, to 0.1 km */
            roadKm: number;
            /** @description Road km ÷ straight km */
            circuity: number;
            stretches: {
              fromKm: number;
              toKm: number;
              factor: number;
              roadKm: number;
            }[];
            /** @description runMinor = baseMinor + distanceMinor + weightMinor; chargeMinor = max(runMinor, minChargeMinor); priceMinor = chargeMinor + craneMinor + roundingMinor (up to a whole rouble) */
            breakdown: {
              tariff: {
                id: string;
                name: string;
                /** @enum {string} */
                bodyType:
                  | 'tent'
                  | 'flatbed'
                  | 'dump'
                  | 'crane'
                  | 'cement_tanker'
                  | 'concrete_mixer'
                  | 'long_flatbed'
                  | 'van'
                  | 'reefer';
                /** @description The body’s Russian name */
                bodyName: string;
                payloadKg: number;
                volumeM3: number;
                bodyLengthM: number;
                crane: boolean;
                baseMinor: number;
                ratePerKmMinor: number;
                ratePerTonneMinor: number;
                minChargeMinor: number;
                craneSurchargeMinor: number;
              };
              billedWeightKg: number;
              vehiclesByWeight: number;
              vehiclesByVolume: number;
              baseMinor: number;
              distanceMinor: number;
              weightMinor: number;
              runMinor: number;
              minChargeMinor: number;
              minChargeApplied: boolean;
              chargeMinor: number;
              craneMinor: number;
              roundingMinor: number;
            };
            /** @description Every class that can carry the load, cheapest first */
            candidates: {
              vehicleClass: string;
              vehicleName: string;
              /** @enum {string} */
              bodyType:
                | 'tent'
                | 'flatbed'
                | 'dump'
                | 'crane'
                | 'cement_tanker'
                | 'concrete_mixer'
                | 'long_flatbed'
                | 'van'
                | 'reefer';
              /** @description The body’s Russian name */
              bodyName: string;
              vehicles: number;
              priceMinor: number;
            }[];
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable Content */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listVehicles: {
    parameters: {
      query?: {
        /** @description Admins: one carrier’s vehicles */
        carrierId?: string;
        /** @description Page size (1–100, default 20) */
        limit?: number;
        /** @description Opaque cursor from the previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              carrierId: string;
              /** @enum {string} */
              bodyType:
                | 'tent'
                | 'flatbed'
                | 'dump'
                | 'crane'
                | 'cement_tanker'
                | 'concrete_mixer'
                | 'long_flatbed'
                | 'van'
                | 'reefer';
              bodyName: string;
              name: string;
              payloadKg: number;
              volumeM3: string;
              bodyLengthM: string;
              crane: boolean;
              tailLift: boolean;
              plate: string;
              base: {
                address: string;
                lat: number;
                lon: number;
              };
              trackerKey: {
                active: boolean;
                /** @description The first characters of the live key; the key itself is never shown again */
                prefix: string | null;
                issuedAt: string | null;
              };
              createdAt: string;
              updatedAt: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createVehicle: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The body: an id or its Russian name — tent (тент), flatbed (борт), dump (самосвал), crane (манипулятор), cement_tanker (цементовоз), concrete_mixer (бетоновоз), long_flatbed (длинномер), van (фургон), reefer (рефрижератор) */
          bodyType: string;
          /** @description Make and model, or what you call it («КамАЗ 65117 №2») */
          name?: string;
          /** @description Payload, kg */
          payloadKg: number;
          /** @description Body volume, m³ (up to 2 decimal places) */
          volumeM3: string | number;
          /** @description Inner body length, m (up to 2 decimal places) */
          bodyLengthM: string | number;
          /** @description Has a crane (КМУ); a манипулятор always has one. Default false */
          crane?: boolean;
          /** @description Has a tail lift (гидроборт). Default false */
          tailLift?: boolean;
          /** @description Russian plate; stored upper-case Cyrillic without spaces. Standard А123ВС77 / А123ВС777, trailer АВ123477, transit АВ123С77; Latin look-alikes (A B E K M H O P C T Y X) are taken as Cyrillic */
          plate: string;
          /** @description Where the vehicle usually stands: the job board measures distances from here */
          base: {
            address?: string;
            lat: number;
            lon: number;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            carrierId: string;
            /** @enum {string} */
            bodyType:
              | 'tent'
              | 'flatbed'
              | 'dump'
              | 'crane'
              | 'cement_tanker'
              | 'concrete_mixer'
              | 'long_flatbed'
              | 'van'
              | 'reefer';
            bodyName: string;
            name: string;
            payloadKg: number;
            volumeM3: string;
            bodyLengthM: string;
            crane: boolean;
            tailLift: boolean;
            plate: string;
            base: {
              address: string;
              lat: number;
              lon: number;
            };
            trackerKey: {
              active: boolean;
              /** @description The first characters of the live key; the key itself is never shown again */
              prefix: string | null;
              issuedAt: string | null;
            };
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getVehicle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            carrierId: string;
            /** @enum {string} */
            bodyType:
              | 'tent'
              | 'flatbed'
              | 'dump'
              | 'crane'
              | 'cement_tanker'
              | 'concrete_mixer'
              | 'long_flatbed'
              | 'van'
              | 'reefer';
            bodyName: string;
            name: string;
            payloadKg: number;
            volumeM3: string;
            bodyLengthM: string;
            crane: boolean;
            tailLift: boolean;
            plate: string;
            base: {
              address: string;
              lat: number;
              lon: number;
            };
            trackerKey: {
              active: boolean;
              /** @description The first characters of the live key; the key itself is never shown again */
              prefix: string | null;
              issuedAt: string | null;
            };
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteVehicle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateVehicle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The body: an id or its Russian name — tent (тент), flatbed (борт), dump (самосвал), crane (манипулятор), cement_tanker (цементовоз), concrete_mixer (бетоновоз), long_flatbed (длинномер), van (фургон), reefer (рефрижератор) */
          bodyType?: string;
          /** @description Make and model, or what you call it («КамАЗ 65117 №2») */
          name?: string;
          /** @description Payload, kg */
          payloadKg?: number;
          /** @description Body volume, m³ (up to 2 decimal places) */
          volumeM3?: string | number;
          /** @description Inner body length, m (up to 2 decimal places) */
          bodyLengthM?: string | number;
          /** @description Has a crane (КМУ); a манипулятор always has one. Default false */
          crane?: boolean;
          /** @description Has a tail lift (гидроборт). Default false */
          tailLift?: boolean;
          /** @description Russian plate; stored upper-case Cyrillic without spaces. Standard А123ВС77 / А123ВС777, trailer АВ123477, transit АВ123С77; Latin look-alikes (A B E K M H O P C T Y X) are taken as Cyrillic */
          plate?: string;
          /** @description Where the vehicle usually stands: the job board measures distances from here */
          base?: {
            address?: string;
            lat: number;
            lon: number;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            carrierId: string;
            /** @enum {string} */
            bodyType:
              | 'tent'
              | 'flatbed'
              | 'dump'
              | 'crane'
              | 'cement_tanker'
              | 'concrete_mixer'
              | 'long_flatbed'
              | 'van'
              | 'reefer';
            bodyName: string;
            name: string;
            payloadKg: number;
            volumeM3: string;
            bodyLengthM: string;
            crane: boolean;
            tailLift: boolean;
            plate: string;
            base: {
              address: string;
              lat: number;
              lon: number;
            };
            trackerKey: {
              active: boolean;
              /** @description The first characters of the live key; the key itself is never shown again */
              prefix: string | null;
              issuedAt: string | null;
            };
            createdAt: string;
            updatedAt: string;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  issueTrackerKey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            vehicleId: string;
            /** @description The device identifier: shown only in this answer */
            key: string;
            prefix: string;
            issuedAt: string;
            setup: {
              app: string;
              /** @description Traccar Client: «Адрес сервера» */
              serverUrl: string;
              /** @description Traccar Client: «Идентификатор устройства» (the key) */
              deviceIdentifier: string;
              hint: string;
            };
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  revokeTrackerKey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listJobBoard: {
    parameters: {
      query?: {
        /** @description Where to measure from (lat,lon); default: the base of your first vehicle */
        near?: string;
        /** @description Only pickups within this straight distance */
        radiusKm?: number;
        /** @description Only jobs this body type of yours fits (id or Russian name) */
        body?: string;
        /** @description Page size (1–100, default 20) */
        limit?: number;
        /** @description Opaque cursor from the previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              /** @enum {string} */
              status: 'open' | 'awarded' | 'assigned' | 'delivered' | 'flagged' | 'cancelled';
              subOrderId: string;
              orderNumber: string;
              pickup: {
                lat: number;
                lon: number;
                warehouseId: string;
                name: string;
                address: string;
                hours: string;
              };
              dropoff: {
                lat: number;
                lon: number;
                address: string | null;
                approximate: boolean;
                precisionM?: number;
              };
              contact: {
                name: string;
                company: string | null;
                phone: string | null;
              } | null;
              window: {
                from: string;
                to: string;
                text: string;
              };
              unloading: string;
              load: {
                weightKg: number;
                volumeM3: number;
                longestItemM: number | null;
                cargo: string;
                needsCrane: boolean;
                bodies: {
                  bodyType: string;
                  bodyName: string;
                }[];
                vehicles: number;
              };
              roadKm: number;
              distanceKm: number | null;
              guidePriceMinor: number;
              lowestBidMinor: number | null;
              bidCount: number;
              round: number;
              postedAt: string;
              closesAt: string;
              secondsLeft: number;
              awardedBidId: string | null;
              confirmBy: string | null;
              flagReason: string | null;
              myBidId: string | null;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postDeliveryJob: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          subOrderId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            status: 'open' | 'awarded' | 'assigned' | 'delivered' | 'flagged' | 'cancelled';
            subOrderId: string;
            orderNumber: string;
            pickup: {
              lat: number;
              lon: number;
              warehouseId: string;
              name: string;
              address: string;
              hours: string;
            };
            dropoff: {
              lat: number;
              lon: number;
              address: string | null;
              approximate: boolean;
              precisionM?: number;
            };
            contact: {
              name: string;
              company: string | null;
              phone: string | null;
            } | null;
            window: {
              from: string;
              to: string;
              text: string;
            };
            unloading: string;
            load: {
              weightKg: number;
              volumeM3: number;
              longestItemM: number | null;
              cargo: string;
              needsCrane: boolean;
              bodies: {
                bodyType: string;
                bodyName: string;
              }[];
              vehicles: number;
            };
            roadKm: number;
            distanceKm: number | null;
            guidePriceMinor: number;
            lowestBidMinor: number | null;
            bidCount: number;
            round: number;
            postedAt: string;
            closesAt: string;
            secondsLeft: number;
            awardedBidId: string | null;
            confirmBy: string | null;
            flagReason: string | null;
            bids: {
              id: string;
              jobId: string;
              /** @enum {string} */
              status: 'active' | 'superseded' | 'withdrawn' | 'won' | 'lost' | 'declined';
              priceMinor: number;
              pickupAt: string;
              vehicle: {
                bodyType: string;
                bodyName: string;
                payloadKg: number;
                bodyLengthM: number;
                crane: boolean;
              } | null;
              rating: {
                delivered: number;
                failed: number;
                onTimeShare: number | null;
              };
              carrier: {
                id: string;
                name: string;
              } | null;
              reason: string | null;
              createdAt: string;
            }[];
            /** @description Its latest delivery once the winner confirmed (GET /api/v1/logistics/deliveries/{id}); carriers: their own only */
            deliveryId: string | null;
          };
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            status: 'open' | 'awarded' | 'assigned' | 'delivered' | 'flagged' | 'cancelled';
            subOrderId: string;
            orderNumber: string;
            pickup: {
              lat: number;
              lon: number;
              warehouseId: string;
              name: string;
              address: string;
              hours: string;
            };
            dropoff: {
              lat: number;
              lon: number;
              address: string | null;
              approximate: boolean;
              precisionM?: number;
            };
            contact: {
              name: string;
              company: string | null;
              phone: string | null;
            } | null;
            window: {
              from: string;
              to: string;
              text: string;
            };
            unloading: string;
            load: {
              weightKg: number;
              volumeM3: number;
              longestItemM: number | null;
              cargo: string;
              needsCrane: boolean;
              bodies: {
                bodyType: string;
                bodyName: string;
              }[];
              vehicles: number;
            };
            roadKm: number;
            distanceKm: number | null;
            guidePriceMinor: number;
            lowestBidMinor: number | null;
            bidCount: number;
            round: number;
            postedAt: string;
            closesAt: string;
            secondsLeft: number;
            awardedBidId: string | null;
            confirmBy: string | null;
            flagReason: string | null;
            bids: {
              id: string;
              jobId: string;
              /** @enum {string} */
              status: 'active' | 'superseded' | 'withdrawn' | 'won' | 'lost' | 'declined';
              priceMinor: number;
              pickupAt: string;
              vehicle: {
                bodyType: string;
                bodyName: string;
                payloadKg: number;
                bodyLengthM: number;
                crane: boolean;
              } | null;
              rating: {
                delivered: number;
                failed: number;
                onTimeShare: number | null;
              };
              carrier: {
                id: string;
                name: string;
              } | null;
              reason: string | null;
              createdAt: string;
            }[];
            /** @description Its latest delivery once the winner confirmed (GET /api/v1/logistics/deliveries/{id}); carriers: their own only */
            deliveryId: string | null;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getDeliveryJob: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            status: 'open' | 'awarded' | 'assigned' | 'delivered' | 'flagged' | 'cancelled';
            subOrderId: string;
            orderNumber: string;
            pickup: {
              lat: number;
              lon: number;
              warehouseId: string;
              name: string;
              address: string;
              hours: string;
            };
            dropoff: {
              lat: number;
              lon: number;
              address: string | null;
              approximate: boolean;
              precisionM?: number;
            };
            contact: {
              name: string;
              company: string | null;
              phone: string | null;
            } | null;
            window: {
              from: string;
              to: string;
              text: string;
            };
            unloading: string;
            load: {
              weightKg: number;
              volumeM3: number;
              longestItemM: number | null;
              cargo: string;
              needsCrane: boolean;
              bodies: {
                bodyType: string;
                bodyName: string;
              }[];
              vehicles: number;
            };
            roadKm: number;
            distanceKm: number | null;
            guidePriceMinor: number;
            lowestBidMinor: number | null;
            bidCount: number;
            round: number;
            postedAt: string;
            closesAt: string;
            secondsLeft: number;
            awardedBidId: string | null;
            confirmBy: string | null;
            flagReason: string | null;
            bids: {
              id: string;
              jobId: string;
              /** @enum {string} */
              status: 'active' | 'superseded' | 'withdrawn' | 'won' | 'lost' | 'declined';
              priceMinor: number;
              pickupAt: string;
              vehicle: {
                bodyType: string;
                bodyName: string;
                payloadKg: number;
                bodyLengthM: number;
                crane: boolean;
              } | null;
              rating: {
                delivered: number;
                failed: number;
                onTimeShare: number | null;
              };
              carrier: {
                id: string;
                name: string;
              } | null;
              reason: string | null;
              createdAt: string;
            }[];
            /** @description Its latest delivery once the winner confirmed (GET /api/v1/logistics/deliveries/{id}); carriers: their own only */
            deliveryId: string | null;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  placeBid: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          vehicleId: string;
          priceMinor: number;
          /** Format: date-time */
          pickupAt: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            jobId: string;
            /** @enum {string} */
            status: 'active' | 'superseded' | 'withdrawn' | 'won' | 'lost' | 'declined';
            priceMinor: number;
            pickupAt: string;
            vehicle: {
              bodyType: string;
              bodyName: string;
              payloadKg: number;
              bodyLengthM: number;
              crane: boolean;
            } | null;
            rating: {
              delivered: number;
              failed: number;
              onTimeShare: number | null;
            };
            carrier: {
              id: string;
              name: string;
            } | null;
            reason: string | null;
            createdAt: string;
            closesAt: string;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unprocessable Content */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  withdrawBid: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        bidId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Withdrawn */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  awardBid: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          bidId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            status: 'open' | 'awarded' | 'assigned' | 'delivered' | 'flagged' | 'cancelled';
            subOrderId: string;
            orderNumber: string;
            pickup: {
              lat: number;
              lon: number;
              warehouseId: string;
              name: string;
              address: string;
              hours: string;
            };
            dropoff: {
              lat: number;
              lon: number;
              address: string | null;
              approximate: boolean;
              precisionM?: number;
            };
            contact: {
              name: string;
              company: string | null;
              phone: string | null;
            } | null;
            window: {
              from: string;
              to: string;
              text: string;
            };
            unloading: string;
            load: {
              weightKg: number;
              volumeM3: number;
              longestItemM: number | null;
              cargo: string;
              needsCrane: boolean;
              bodies: {
                bodyType: string;
                bodyName: string;
              }[];
              vehicles: number;
            };
            roadKm: number;
            distanceKm: number | null;
            guidePriceMinor: number;
            lowestBidMinor: number | null;
            bidCount: number;
            round: number;
            postedAt: string;
            closesAt: string;
            secondsLeft: number;
            awardedBidId: string | null;
            confirmBy: string | null;
            flagReason: string | null;
            bids: {
              id: string;
              jobId: string;
              /** @enum {string} */
              status: 'active' | 'superseded' | 'withdrawn' | 'won' | 'lost' | 'declined';
              priceMinor: number;
              pickupAt: string;
              vehicle: {
                bodyType: string;
                bodyName: string;
                payloadKg: number;
                bodyLengthM: number;
                crane: boolean;
              } | null;
              rating: {
                delivered: number;
                failed: number;
                onTimeShare: number | null;
              };
              carrier: {
                id: string;
                name: string;
              } | null;
              reason: string | null;
              createdAt: string;
            }[];
            /** @description Its latest delivery once the winner confirmed (GET /api/v1/logistics/deliveries/{id}); carriers: their own only */
            deliveryId: string | null;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  confirmAward: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            deliveryId: string;
            job: {
              id: string;
              /** @enum {string} */
              status: 'open' | 'awarded' | 'assigned' | 'delivered' | 'flagged' | 'cancelled';
              subOrderId: string;
              orderNumber: string;
              pickup: {
                lat: number;
                lon: number;
                warehouseId: string;
                name: string;
                address: string;
                hours: string;
              };
              dropoff: {
                lat: number;
                lon: number;
                address: string | null;
                approximate: boolean;
                precisionM?: number;
              };
              contact: {
                name: string;
                company: string | null;
                phone: string | null;
              } | null;
              window: {
                from: string;
                to: string;
                text: string;
              };
              unloading: string;
              load: {
                weightKg: number;
                volumeM3: number;
                longestItemM: number | null;
                cargo: string;
                needsCrane: boolean;
                bodies: {
                  bodyType: string;
                  bodyName: string;
                }[];
                vehicles: number;
              };
              roadKm: number;
              distanceKm: number | null;
              guidePriceMinor: number;
              lowestBidMinor: number | null;
              bidCount: number;
              round: number;
              postedAt: string;
              closesAt: string;
              secondsLeft: number;
              awardedBidId: string | null;
              confirmBy: string | null;
              flagReason: string | null;
              bids: {
                id: string;
                jobId: string;
                /** @enum {string} */
                status: 'active' | 'superseded' | 'withdrawn' | 'won' | 'lost' | 'declined';
                priceMinor: number;
                pickupAt: string;
                vehicle: {
                  bodyType: string;
                  bodyName: string;
                  payloadKg: number;
                  bodyLengthM: number;
                  crane: boolean;
                } | null;
                rating: {
                  delivered: number;
                  failed: number;
                  onTimeShare: number | null;
                };
                carrier: {
                  id: string;
                  name: string;
                } | null;
                reason: string | null;
                createdAt: string;
              }[];
              /** @description Its latest delivery once the winner confirmed (GET /api/v1/logistics/deliveries/{id}); carriers: their own only */
              deliveryId: string | null;
            };
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  declineAward: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
        };
      };
    };
    responses: {
      /** @description Declined */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listJobsForAdmin: {
    parameters: {
      query?: {
        flagged?: 'true' | 'false';
        status?: 'open' | 'awarded' | 'assigned' | 'delivered' | 'flagged' | 'cancelled';
        /** @description Page size (1–100, default 20) */
        limit?: number;
        /** @description Opaque cursor from the previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              /** @enum {string} */
              status: 'open' | 'awarded' | 'assigned' | 'delivered' | 'flagged' | 'cancelled';
              subOrderId: string;
              orderNumber: string;
              pickup: {
                lat: number;
                lon: number;
                warehouseId: string;
                name: string;
                address: string;
                hours: string;
              };
              dropoff: {
                lat: number;
                lon: number;
                address: string | null;
                approximate: boolean;
                precisionM?: number;
              };
              contact: {
                name: string;
                company: string | null;
                phone: string | null;
              } | null;
              window: {
                from: string;
                to: string;
                text: string;
              };
              unloading: string;
              load: {
                weightKg: number;
                volumeM3: number;
                longestItemM: number | null;
                cargo: string;
                needsCrane: boolean;
                bodies: {
                  bodyType: string;
                  bodyName: string;
                }[];
                vehicles: number;
              };
              roadKm: number;
              distanceKm: number | null;
              guidePriceMinor: number;
              lowestBidMinor: number | null;
              bidCount: number;
              round: number;
              postedAt: string;
              closesAt: string;
              secondsLeft: number;
              awardedBidId: string | null;
              confirmBy: string | null;
              flagReason: string | null;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  moveDelivery: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          status: 'en_route_to_pickup' | 'loaded' | 'in_transit' | 'delivered' | 'failed';
          /** @description Who took the goods (required for delivered) */
          recipientName?: string;
          /** @description Why it failed (required for failed) */
          reason?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            jobId: string;
            /** @enum {string} */
            status: 'awarded' | 'en_route_to_pickup' | 'loaded' | 'in_transit' | 'delivered' | 'failed' | 'cancelled';
            priceMinor: number;
            recipientName: string | null;
            failReason: string | null;
            updatedAt: string;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getProofPhoto: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The image */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'image/*': string;
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  uploadProofPhoto: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          photo: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            photoUrl: string;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listMyBids: {
    parameters: {
      query?: {
        status?: 'active' | 'superseded' | 'withdrawn' | 'won' | 'lost' | 'declined';
        /** @description Page size (1–100, default 20) */
        limit?: number;
        /** @description Opaque cursor from the previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              jobId: string;
              /** @enum {string} */
              status: 'active' | 'superseded' | 'withdrawn' | 'won' | 'lost' | 'declined';
              priceMinor: number;
              pickupAt: string;
              vehicle: {
                bodyType: string;
                bodyName: string;
                payloadKg: number;
                bodyLengthM: number;
                crane: boolean;
              } | null;
              rating: {
                delivered: number;
                failed: number;
                onTimeShare: number | null;
              };
              carrier: {
                id: string;
                name: string;
              } | null;
              reason: string | null;
              createdAt: string;
              job: {
                status: string;
                orderNumber: string;
                closesAt: string;
              };
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listMyDeliveries: {
    parameters: {
      query?: {
        state?: 'active' | 'done';
        /** @description Page size (1–100, default 20) */
        limit?: number;
        /** @description Opaque cursor from the previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              jobId: string;
              /** @enum {string} */
              status: 'awarded' | 'en_route_to_pickup' | 'loaded' | 'in_transit' | 'delivered' | 'failed' | 'cancelled';
              priceMinor: number;
              vehicleId: string;
              orderNumber: string;
              pickupAddress: string;
              dropoffAddress: string;
              window: {
                from: string;
                to: string;
              };
              createdAt: string;
              deliveredAt: string | null;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMyEarnings: {
    parameters: {
      query?: {
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            year: number;
            months: {
              month: string;
              deliveries: number;
              earnedMinor: number;
            }[];
            totalMinor: number;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  reportDeliveryPositions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description 1–500 fixes in any order; they are judged in time order */
          points: {
            lat: number;
            lon: number;
            /** @description Speed over ground, km/h */
            speedKmh?: number;
            /** @description Degrees clockwise from north */
            heading?: number;
            /** @description Horizontal accuracy, metres */
            accuracyM?: number;
            /**
             * Format: date-time
             * @description When the device took the fix (ISO 8601)
             */
            at: string;
          }[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            accepted: number;
            /** @description Points used for the ETA and the live stream */
            usable: number;
            flagged: {
              /** @description Not newer than the newest usable point (or older than the delivery) */
              outOfOrder: number;
              /** @description Over 200 km/h from the previous usable point */
              implausible: number;
            };
            remainingKm: number | null;
            etaAt: string | null;
            minutesLeft: number | null;
            /** @description The next status the geofences suggest to the carrier; never taken without the carrier */
            suggestedStatus: {
              /** @enum {string} */
              status: 'loaded' | 'in_transit' | 'delivered';
              reason: string;
              /** @description Delivered still takes the recipient’s name (and a photo if there is one) */
              requiresProof: boolean;
            } | null;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getDelivery: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrackedDelivery'];
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getDeliveryReplay: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: 'awarded' | 'en_route_to_pickup' | 'loaded' | 'in_transit' | 'delivered' | 'failed' | 'cancelled';
            statusText: string;
            /** @description Every usable point, in time order */
            points: {
              lat: number;
              lon: number;
              at: string;
              speedKmh: number | null;
              heading: number | null;
            }[];
            timeline: {
              /** @description A status, arrived_at_pickup, arrived_at_dropoff or arriving_soon */
              kind: string;
              at: string;
              /** @description With Moscow time, for a person to read */
              text: string;
              reason?: string | null;
            }[];
            startedAt: string | null;
            endedAt: string | null;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createShareLink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @description Shown once: only its hash is kept */
            token: string;
            /** @description The read-only view (GET) */
            url: string;
            /** @description Its live stream (WebSocket or SSE) */
            liveUrl: string;
            createdAt: string;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  revokeShareLink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        linkId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTrackedDelivery: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The share link’s token, as it was shown once */
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrackedDelivery'];
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  reportTrackerPositionByQuery: {
    parameters: {
      query?: {
        /** @description Same as id */
        deviceid?: string;
        lat?: string;
        lon?: string;
        /** @description "lat,lon", instead of lat and lon */
        location?: string;
        /** @description Unix seconds or milliseconds, ISO 8601, or yyyy-MM-dd HH:mm:ss (UTC) */
        timestamp?: string;
        /** @description Knots, as Traccar Client and OsmAnd send it */
        speed?: string;
        /** @description Degrees */
        bearing?: string;
        /** @description Same as bearing */
        heading?: string;
        altitude?: string;
        /** @description Metres */
        accuracy?: string;
        /** @description Battery, %: taken, not kept */
        batt?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            stored: number;
            usable: number;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  reportTrackerPosition: {
    parameters: {
      query?: {
        /** @description Same as id */
        deviceid?: string;
        lat?: string;
        lon?: string;
        /** @description "lat,lon", instead of lat and lon */
        location?: string;
        /** @description Unix seconds or milliseconds, ISO 8601, or yyyy-MM-dd HH:mm:ss (UTC) */
        timestamp?: string;
        /** @description Knots, as Traccar Client and OsmAnd send it */
        speed?: string;
        /** @description Degrees */
        bearing?: string;
        /** @description Same as bearing */
        heading?: string;
        altitude?: string;
        /** @description Metres */
        accuracy?: string;
        /** @description Battery, %: taken, not kept */
        batt?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            stored: number;
            usable: number;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  watchDelivery: {
    parameters: {
      query?: {
        /** @description The access token, for browsers’ WebSocket, which cannot send an Authorization header */
        access_token?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            type: 'snapshot';
            delivery: components['schemas']['TrackedDelivery'];
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  watchTrackedDelivery: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The share link’s token, as it was shown once */
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            type: 'snapshot';
            delivery: components['schemas']['TrackedDelivery'];
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listEstimateTemplates: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              title: {
                ru: string;
                en: string;
              };
              description: {
                ru: string;
                en: string;
              };
              materials: string[];
              inputs: {
                name: string;
                label: {
                  ru: string;
                  en: string;
                };
                unit: string | null;
                /** @enum {string} */
                type: 'number' | 'integer' | 'choice' | 'openings';
                required: boolean;
                min?: number;
                minExclusive?: boolean;
                max?: number;
                default?:
                  | number
                  | string
                  | {
                      widthM: number;
                      heightM: number;
                      count: number;
                    }[];
                defaultFrom?: {
                  ru: string;
                  en: string;
                };
                values?: (string | number)[];
                valueLabels?: {
                  ru: string;
                  en: string;
                }[];
                /** @description Decimal places allowed (3 when absent) */
                places?: number;
                normSource?: string;
              }[];
            }[];
          };
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  calculateEstimate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          jobs: {
            /** @description A template id (GET /insights/estimate-templates) */
            template: string;
            /** @description The template’s inputs; absent ones take their defaults */
            inputs?: {
              [key: string]: unknown;
            };
            /** @description The job’s name; the template’s title when absent */
            title?: string;
          }[];
          /** @description Absent: cheapest, no delivery */
          pricing?: {
            /**
             * @description cheapest: the cheapest fitting offer with enough stock per material; single_seller: everything from the cheapest seller that has every required line (else the one with most, the rest listed as missing); nearest: the nearest warehouse to `near` with enough stock
             * @enum {string}
             */
            strategy: 'cheapest' | 'single_seller' | 'nearest';
            /** @description The drop-off: delivery is quoted to it; required by nearest */
            near?: {
              lat: number;
              lon: number;
            };
          };
          overrides?: {
            /** @description The job’s index */
            job: number;
            /** @description The line’s material key */
            material: string;
            /** @description Replaces net + reserve, in the line’s unit */
            quantity?: string | number;
            /** @description The offer to buy it from; null: bought elsewhere */
            offerId?: string | null;
          }[];
          freeLines?: {
            name: string;
            unit: string;
            /** @description In the offer’s unit when offerId is given (on its min/step grid) */
            quantity: string | number;
            /** Format: uuid */
            offerId?: string;
            /** @description Own price per unit, VAT included, without an offer */
            priceMinor?: number;
          }[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            jobs: {
              index: number;
              template: string;
              title: string;
              inputs: {
                [key: string]: unknown;
              };
              derived: {
                name: string;
                label: {
                  ru: string;
                  en: string;
                };
                value: string;
                unit: string;
              }[];
              lines: {
                material: string;
                name: string;
                unit: string;
                formula: string;
                norm: {
                  value: string;
                  unit: string;
                  source: string;
                };
                readonly factors?: {
                  value: string;
                  unit: string;
                  source: string;
                  name: string;
                }[];
                net: string;
                reservePct: string;
                quantity: string;
                packSize: string;
                packs: number;
                optional: boolean;
                overridden: {
                  quantity: boolean;
                  offer: boolean;
                };
                product: {
                  id: string;
                  name: string;
                  sku: string | null;
                  unit: string;
                  attributes: {
                    [key: string]: string;
                  };
                } | null;
                offer: {
                  id: string;
                  sellerId: string;
                  sellerName: string;
                  warehouseId: string;
                  warehouseName: string;
                  distanceKm: number | null;
                  unit: string;
                  minQty: string;
                  step: string;
                  /** @description Line units in one sale unit */
                  perSaleUnit: string;
                  available: string;
                } | null;
                /** @description In the offer’s unit */
                orderQuantity: string | null;
                priceMinor: number | null;
                totalMinor: number | null;
                vatRate: string | null;
                vatMinor: number | null;
                reason: string | null;
                reasonCode: string | null;
                previousPriceMinor: number | null;
              }[];
            }[];
            freeLines: {
              index: number;
              name: string;
              unit: string;
              quantity: string;
              sellable: boolean;
              product: {
                id: string;
                name: string;
                sku: string | null;
                unit: string;
                attributes: {
                  [key: string]: string;
                };
              } | null;
              offer: {
                id: string;
                sellerId: string;
                sellerName: string;
                warehouseId: string;
                warehouseName: string;
                distanceKm: number | null;
                unit: string;
                minQty: string;
                step: string;
                /** @description Line units in one sale unit */
                perSaleUnit: string;
                available: string;
              } | null;
              /** @description In the offer’s unit */
              orderQuantity: string | null;
              priceMinor: number | null;
              totalMinor: number | null;
              vatRate: string | null;
              vatMinor: number | null;
              reason: string | null;
              reasonCode: string | null;
              previousPriceMinor: number | null;
            }[];
            pricing: {
              /** @enum {string} */
              strategy: 'cheapest' | 'single_seller' | 'nearest';
              near: {
                lat: number;
                lon: number;
              } | null;
            };
            sellers: {
              sellerId: string;
              sellerName: string;
              goodsMinor: number;
              vatMinor: number;
              delivery: {
                priceMinor: number;
                vehicleName: string;
                bodyName: string;
                vehicles: number;
                roadKm: number;
                parts?: {
                  warehouseId: string;
                  warehouseName: string;
                  priceMinor: number;
                  vatMinor: number;
                  vehicleName: string;
                }[];
              } | null;
              deliveryMinor: number;
              deliveryVatMinor: number;
              deliveryNote: string | null;
              totalMinor: number;
              lines: number;
            }[];
            missing: {
              job: number;
              material: string;
              name: string;
              reason: string;
              reasonCode: string;
            }[];
            totals: {
              goodsMinor: number;
              deliveryMinor: number;
              vatMinor: number;
              totalMinor: number;
              vatByRate: {
                rate: string;
                vatMinor: number;
              }[];
              withoutSeller: {
                goodsMinor: number;
                lines: number;
              };
            };
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listEstimates: {
    parameters: {
      query?: {
        /** @description Page size (1–100, default 20) */
        limit?: number;
        /** @description Opaque cursor from the previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              id: string;
              title: string;
              version: number;
              jobs: number;
              savedTotalMinor: number;
              /** @description ISO-8601, UTC */
              createdAt: string;
              /** @description ISO-8601, UTC */
              updatedAt: string;
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createEstimate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description What the customer calls it («Дом 10×12, коробка») */
          title: string;
          jobs: {
            /** @description A template id (GET /insights/estimate-templates) */
            template: string;
            /** @description The template’s inputs; absent ones take their defaults */
            inputs?: {
              [key: string]: unknown;
            };
            /** @description The job’s name; the template’s title when absent */
            title?: string;
          }[];
          /** @description Absent: cheapest, no delivery */
          pricing?: {
            /**
             * @description cheapest: the cheapest fitting offer with enough stock per material; single_seller: everything from the cheapest seller that has every required line (else the one with most, the rest listed as missing); nearest: the nearest warehouse to `near` with enough stock
             * @enum {string}
             */
            strategy: 'cheapest' | 'single_seller' | 'nearest';
            /** @description The drop-off: delivery is quoted to it; required by nearest */
            near?: {
              lat: number;
              lon: number;
            };
          };
          overrides?: {
            /** @description The job’s index */
            job: number;
            /** @description The line’s material key */
            material: string;
            /** @description Replaces net + reserve, in the line’s unit */
            quantity?: string | number;
            /** @description The offer to buy it from; null: bought elsewhere */
            offerId?: string | null;
          }[];
          freeLines?: {
            name: string;
            unit: string;
            /** @description In the offer’s unit when offerId is given (on its min/step grid) */
            quantity: string | number;
            /** Format: uuid */
            offerId?: string;
            /** @description Own price per unit, VAT included, without an offer */
            priceMinor?: number;
          }[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            title: string;
            version: number;
            /** @description ISO-8601, UTC */
            createdAt: string;
            /** @description ISO-8601, UTC */
            updatedAt: string;
            /** @description The grand total when last saved; estimate.totals.totalMinor is today’s */
            savedTotalMinor: number;
            request: {
              jobs: {
                template: string;
                inputs?: {
                  [key: string]: unknown;
                };
                title?: string;
              }[];
              pricing?: {
                /** @enum {string} */
                strategy: 'cheapest' | 'single_seller' | 'nearest';
                near?: {
                  lat: number;
                  lon: number;
                };
              };
              overrides?: {
                job: number;
                material: string;
                quantity?: string;
                offerId?: string | null;
              }[];
              freeLines?: {
                name: string;
                unit: string;
                quantity: string;
                offerId?: string;
                priceMinor?: number;
              }[];
            };
            estimate: {
              jobs: {
                index: number;
                template: string;
                title: string;
                inputs: {
                  [key: string]: unknown;
                };
                derived: {
                  name: string;
                  label: {
                    ru: string;
                    en: string;
                  };
                  value: string;
                  unit: string;
                }[];
                lines: {
                  material: string;
                  name: string;
                  unit: string;
                  formula: string;
                  norm: {
                    value: string;
                    unit: string;
                    source: string;
                  };
                  readonly factors?: {
                    value: string;
                    unit: string;
                    source: string;
                    name: string;
                  }[];
                  net: string;
                  reservePct: string;
                  quantity: string;
                  packSize: string;
                  packs: number;
                  optional: boolean;
                  overridden: {
                    quantity: boolean;
                    offer: boolean;
                  };
                  product: {
                    id: string;
                    name: string;
                    sku: string | null;
                    unit: string;
                    attributes: {
                      [key: string]: string;
                    };
                  } | null;
                  offer: {
                    id: string;
                    sellerId: string;
                    sellerName: string;
                    warehouseId: string;
                    warehouseName: string;
                    distanceKm: number | null;
                    unit: string;
                    minQty: string;
                    step: string;
                    /** @description Line units in one sale unit */
                    perSaleUnit: string;
                    available: string;
                  } | null;
                  /** @description In the offer’s unit */
                  orderQuantity: string | null;
                  priceMinor: number | null;
                  totalMinor: number | null;
                  vatRate: string | null;
                  vatMinor: number | null;
                  reason: string | null;
                  reasonCode: string | null;
                  previousPriceMinor: number | null;
                }[];
              }[];
              freeLines: {
                index: number;
                name: string;
                unit: string;
                quantity: string;
                sellable: boolean;
                product: {
                  id: string;
                  name: string;
                  sku: string | null;
                  unit: string;
                  attributes: {
                    [key: string]: string;
                  };
                } | null;
                offer: {
                  id: string;
                  sellerId: string;
                  sellerName: string;
                  warehouseId: string;
                  warehouseName: string;
                  distanceKm: number | null;
                  unit: string;
                  minQty: string;
                  step: string;
                  /** @description Line units in one sale unit */
                  perSaleUnit: string;
                  available: string;
                } | null;
                /** @description In the offer’s unit */
                orderQuantity: string | null;
                priceMinor: number | null;
                totalMinor: number | null;
                vatRate: string | null;
                vatMinor: number | null;
                reason: string | null;
                reasonCode: string | null;
                previousPriceMinor: number | null;
              }[];
              pricing: {
                /** @enum {string} */
                strategy: 'cheapest' | 'single_seller' | 'nearest';
                near: {
                  lat: number;
                  lon: number;
                } | null;
              };
              sellers: {
                sellerId: string;
                sellerName: string;
                goodsMinor: number;
                vatMinor: number;
                delivery: {
                  priceMinor: number;
                  vehicleName: string;
                  bodyName: string;
                  vehicles: number;
                  roadKm: number;
                  parts?: {
                    warehouseId: string;
                    warehouseName: string;
                    priceMinor: number;
                    vatMinor: number;
                    vehicleName: string;
                  }[];
                } | null;
                deliveryMinor: number;
                deliveryVatMinor: number;
                deliveryNote: string | null;
                totalMinor: number;
                lines: number;
              }[];
              missing: {
                job: number;
                material: string;
                name: string;
                reason: string;
                reasonCode: string;
              }[];
              totals: {
                goodsMinor: number;
                deliveryMinor: number;
                vatMinor: number;
                totalMinor: number;
                vatByRate: {
                  rate: string;
                  vatMinor: number;
                }[];
                withoutSeller: {
                  goodsMinor: number;
                  lines: number;
                };
              };
            };
            /** @description Live share links (their tokens are not kept) */
            shares: {
              /** Format: uuid */
              id: string;
              /** @description ISO-8601, UTC */
              createdAt: string;
            }[];
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getEstimate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            title: string;
            version: number;
            /** @description ISO-8601, UTC */
            createdAt: string;
            /** @description ISO-8601, UTC */
            updatedAt: string;
            /** @description The grand total when last saved; estimate.totals.totalMinor is today’s */
            savedTotalMinor: number;
            request: {
              jobs: {
                template: string;
                inputs?: {
                  [key: string]: unknown;
                };
                title?: string;
              }[];
              pricing?: {
                /** @enum {string} */
                strategy: 'cheapest' | 'single_seller' | 'nearest';
                near?: {
                  lat: number;
                  lon: number;
                };
              };
              overrides?: {
                job: number;
                material: string;
                quantity?: string;
                offerId?: string | null;
              }[];
              freeLines?: {
                name: string;
                unit: string;
                quantity: string;
                offerId?: string;
                priceMinor?: number;
              }[];
            };
            estimate: {
              jobs: {
                index: number;
                template: string;
                title: string;
                inputs: {
                  [key: string]: unknown;
                };
                derived: {
                  name: string;
                  label: {
                    ru: string;
                    en: string;
                  };
                  value: string;
                  unit: string;
                }[];
                lines: {
                  material: string;
                  name: string;
                  unit: string;
                  formula: string;
                  norm: {
                    value: string;
                    unit: string;
                    source: string;
                  };
                  readonly factors?: {
                    value: string;
                    unit: string;
                    source: string;
                    name: string;
                  }[];
                  net: string;
                  reservePct: string;
                  quantity: string;
                  packSize: string;
                  packs: number;
                  optional: boolean;
                  overridden: {
                    quantity: boolean;
                    offer: boolean;
                  };
                  product: {
                    id: string;
                    name: string;
                    sku: string | null;
                    unit: string;
                    attributes: {
                      [key: string]: string;
                    };
                  } | null;
                  offer: {
                    id: string;
                    sellerId: string;
                    sellerName: string;
                    warehouseId: string;
                    warehouseName: string;
                    distanceKm: number | null;
                    unit: string;
                    minQty: string;
                    step: string;
                    /** @description Line units in one sale unit */
                    perSaleUnit: string;
                    available: string;
                  } | null;
                  /** @description In the offer’s unit */
                  orderQuantity: string | null;
                  priceMinor: number | null;
                  totalMinor: number | null;
                  vatRate: string | null;
                  vatMinor: number | null;
                  reason: string | null;
                  reasonCode: string | null;
                  previousPriceMinor: number | null;
                }[];
              }[];
              freeLines: {
                index: number;
                name: string;
                unit: string;
                quantity: string;
                sellable: boolean;
                product: {
                  id: string;
                  name: string;
                  sku: string | null;
                  unit: string;
                  attributes: {
                    [key: string]: string;
                  };
                } | null;
                offer: {
                  id: string;
                  sellerId: string;
                  sellerName: string;
                  warehouseId: string;
                  warehouseName: string;
                  distanceKm: number | null;
                  unit: string;
                  minQty: string;
                  step: string;
                  /** @description Line units in one sale unit */
                  perSaleUnit: string;
                  available: string;
                } | null;
                /** @description In the offer’s unit */
                orderQuantity: string | null;
                priceMinor: number | null;
                totalMinor: number | null;
                vatRate: string | null;
                vatMinor: number | null;
                reason: string | null;
                reasonCode: string | null;
                previousPriceMinor: number | null;
              }[];
              pricing: {
                /** @enum {string} */
                strategy: 'cheapest' | 'single_seller' | 'nearest';
                near: {
                  lat: number;
                  lon: number;
                } | null;
              };
              sellers: {
                sellerId: string;
                sellerName: string;
                goodsMinor: number;
                vatMinor: number;
                delivery: {
                  priceMinor: number;
                  vehicleName: string;
                  bodyName: string;
                  vehicles: number;
                  roadKm: number;
                  parts?: {
                    warehouseId: string;
                    warehouseName: string;
                    priceMinor: number;
                    vatMinor: number;
                    vehicleName: string;
                  }[];
                } | null;
                deliveryMinor: number;
                deliveryVatMinor: number;
                deliveryNote: string | null;
                totalMinor: number;
                lines: number;
              }[];
              missing: {
                job: number;
                material: string;
                name: string;
                reason: string;
                reasonCode: string;
              }[];
              totals: {
                goodsMinor: number;
                deliveryMinor: number;
                vatMinor: number;
                totalMinor: number;
                vatByRate: {
                  rate: string;
                  vatMinor: number;
                }[];
                withoutSeller: {
                  goodsMinor: number;
                  lines: number;
                };
              };
            };
            /** @description Live share links (their tokens are not kept) */
            shares: {
              /** Format: uuid */
              id: string;
              /** @description ISO-8601, UTC */
              createdAt: string;
            }[];
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteEstimate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateEstimate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The version this save edits (the latest): a stale one is a 409 */
          version: number;
          /** @description What the customer calls it («Дом 10×12, коробка») */
          title?: string;
          jobs?: {
            /** @description A template id (GET /insights/estimate-templates) */
            template: string;
            /** @description The template’s inputs; absent ones take their defaults */
            inputs?: {
              [key: string]: unknown;
            };
            /** @description The job’s name; the template’s title when absent */
            title?: string;
          }[];
          /** @description null removes it: cheapest, no point */
          pricing?: {
            /**
             * @description cheapest: the cheapest fitting offer with enough stock per material; single_seller: everything from the cheapest seller that has every required line (else the one with most, the rest listed as missing); nearest: the nearest warehouse to `near` with enough stock
             * @enum {string}
             */
            strategy: 'cheapest' | 'single_seller' | 'nearest';
            /** @description The drop-off: delivery is quoted to it; required by nearest */
            near?: {
              lat: number;
              lon: number;
            };
          } | null;
          overrides?: {
            /** @description The job’s index */
            job: number;
            /** @description The line’s material key */
            material: string;
            /** @description Replaces net + reserve, in the line’s unit */
            quantity?: string | number;
            /** @description The offer to buy it from; null: bought elsewhere */
            offerId?: string | null;
          }[];
          freeLines?: {
            name: string;
            unit: string;
            /** @description In the offer’s unit when offerId is given (on its min/step grid) */
            quantity: string | number;
            /** Format: uuid */
            offerId?: string;
            /** @description Own price per unit, VAT included, without an offer */
            priceMinor?: number;
          }[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            title: string;
            version: number;
            /** @description ISO-8601, UTC */
            createdAt: string;
            /** @description ISO-8601, UTC */
            updatedAt: string;
            /** @description The grand total when last saved; estimate.totals.totalMinor is today’s */
            savedTotalMinor: number;
            request: {
              jobs: {
                template: string;
                inputs?: {
                  [key: string]: unknown;
                };
                title?: string;
              }[];
              pricing?: {
                /** @enum {string} */
                strategy: 'cheapest' | 'single_seller' | 'nearest';
                near?: {
                  lat: number;
                  lon: number;
                };
              };
              overrides?: {
                job: number;
                material: string;
                quantity?: string;
                offerId?: string | null;
              }[];
              freeLines?: {
                name: string;
                unit: string;
                quantity: string;
                offerId?: string;
                priceMinor?: number;
              }[];
            };
            estimate: {
              jobs: {
                index: number;
                template: string;
                title: string;
                inputs: {
                  [key: string]: unknown;
                };
                derived: {
                  name: string;
                  label: {
                    ru: string;
                    en: string;
                  };
                  value: string;
                  unit: string;
                }[];
                lines: {
                  material: string;
                  name: string;
                  unit: string;
                  formula: string;
                  norm: {
                    value: string;
                    unit: string;
                    source: string;
                  };
                  readonly factors?: {
                    value: string;
                    unit: string;
                    source: string;
                    name: string;
                  }[];
                  net: string;
                  reservePct: string;
                  quantity: string;
                  packSize: string;
                  packs: number;
                  optional: boolean;
                  overridden: {
                    quantity: boolean;
                    offer: boolean;
                  };
                  product: {
                    id: string;
                    name: string;
                    sku: string | null;
                    unit: string;
                    attributes: {
                      [key: string]: string;
                    };
                  } | null;
                  offer: {
                    id: string;
                    sellerId: string;
                    sellerName: string;
                    warehouseId: string;
                    warehouseName: string;
                    distanceKm: number | null;
                    unit: string;
                    minQty: string;
                    step: string;
                    /** @description Line units in one sale unit */
                    perSaleUnit: string;
                    available: string;
                  } | null;
                  /** @description In the offer’s unit */
                  orderQuantity: string | null;
                  priceMinor: number | null;
                  totalMinor: number | null;
                  vatRate: string | null;
                  vatMinor: number | null;
                  reason: string | null;
                  reasonCode: string | null;
                  previousPriceMinor: number | null;
                }[];
              }[];
              freeLines: {
                index: number;
                name: string;
                unit: string;
                quantity: string;
                sellable: boolean;
                product: {
                  id: string;
                  name: string;
                  sku: string | null;
                  unit: string;
                  attributes: {
                    [key: string]: string;
                  };
                } | null;
                offer: {
                  id: string;
                  sellerId: string;
                  sellerName: string;
                  warehouseId: string;
                  warehouseName: string;
                  distanceKm: number | null;
                  unit: string;
                  minQty: string;
                  step: string;
                  /** @description Line units in one sale unit */
                  perSaleUnit: string;
                  available: string;
                } | null;
                /** @description In the offer’s unit */
                orderQuantity: string | null;
                priceMinor: number | null;
                totalMinor: number | null;
                vatRate: string | null;
                vatMinor: number | null;
                reason: string | null;
                reasonCode: string | null;
                previousPriceMinor: number | null;
              }[];
              pricing: {
                /** @enum {string} */
                strategy: 'cheapest' | 'single_seller' | 'nearest';
                near: {
                  lat: number;
                  lon: number;
                } | null;
              };
              sellers: {
                sellerId: string;
                sellerName: string;
                goodsMinor: number;
                vatMinor: number;
                delivery: {
                  priceMinor: number;
                  vehicleName: string;
                  bodyName: string;
                  vehicles: number;
                  roadKm: number;
                  parts?: {
                    warehouseId: string;
                    warehouseName: string;
                    priceMinor: number;
                    vatMinor: number;
                    vehicleName: string;
                  }[];
                } | null;
                deliveryMinor: number;
                deliveryVatMinor: number;
                deliveryNote: string | null;
                totalMinor: number;
                lines: number;
              }[];
              missing: {
                job: number;
                material: string;
                name: string;
                reason: string;
                reasonCode: string;
              }[];
              totals: {
                goodsMinor: number;
                deliveryMinor: number;
                vatMinor: number;
                totalMinor: number;
                vatByRate: {
                  rate: string;
                  vatMinor: number;
                }[];
                withoutSeller: {
                  goodsMinor: number;
                  lines: number;
                };
              };
            };
            /** @description Live share links (their tokens are not kept) */
            shares: {
              /** Format: uuid */
              id: string;
              /** @description ISO-8601, UTC */
              createdAt: string;
            }[];
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listEstimateVersions: {
    parameters: {
      query?: {
        /** @description Page size (1–100, default 20) */
        limit?: number;
        /** @description Opaque cursor from the previous page */
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              version: number;
              title: string;
              jobs: number;
              /** @description ISO-8601, UTC */
              savedAt: string;
              /** @description As priced at the save */
              totals: {
                goodsMinor: number;
                deliveryMinor: number;
                vatMinor: number;
                totalMinor: number;
              };
            }[];
            nextCursor: string | null;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getEstimateVersion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        /** @description The version number (1, 2, …) */
        version: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            version: number;
            title: string;
            jobs: number;
            /** @description ISO-8601, UTC */
            savedAt: string;
            /** @description As priced at the save */
            totals: {
              goodsMinor: number;
              deliveryMinor: number;
              vatMinor: number;
              totalMinor: number;
            };
            request: {
              jobs: {
                template: string;
                inputs?: {
                  [key: string]: unknown;
                };
                title?: string;
              }[];
              pricing?: {
                /** @enum {string} */
                strategy: 'cheapest' | 'single_seller' | 'nearest';
                near?: {
                  lat: number;
                  lon: number;
                };
              };
              overrides?: {
                job: number;
                material: string;
                quantity?: string;
                offerId?: string | null;
              }[];
              freeLines?: {
                name: string;
                unit: string;
                quantity: string;
                offerId?: string;
                priceMinor?: number;
              }[];
            };
            /** @description This version priced now, lines flagged against its save; null when it no longer computes */
            estimate: {
              jobs: {
                index: number;
                template: string;
                title: string;
                inputs: {
                  [key: string]: unknown;
                };
                derived: {
                  name: string;
                  label: {
                    ru: string;
                    en: string;
                  };
                  value: string;
                  unit: string;
                }[];
                lines: {
                  material: string;
                  name: string;
                  unit: string;
                  formula: string;
                  norm: {
                    value: string;
                    unit: string;
                    source: string;
                  };
                  readonly factors?: {
                    value: string;
                    unit: string;
                    source: string;
                    name: string;
                  }[];
                  net: string;
                  reservePct: string;
                  quantity: string;
                  packSize: string;
                  packs: number;
                  optional: boolean;
                  overridden: {
                    quantity: boolean;
                    offer: boolean;
                  };
                  product: {
                    id: string;
                    name: string;
                    sku: string | null;
                    unit: string;
                    attributes: {
                      [key: string]: string;
                    };
                  } | null;
                  offer: {
                    id: string;
                    sellerId: string;
                    sellerName: string;
                    warehouseId: string;
                    warehouseName: string;
                    distanceKm: number | null;
                    unit: string;
                    minQty: string;
                    step: string;
                    /** @description Line units in one sale unit */
                    perSaleUnit: string;
                    available: string;
                  } | null;
                  /** @description In the offer’s unit */
                  orderQuantity: string | null;
                  priceMinor: number | null;
                  totalMinor: number | null;
                  vatRate: string | null;
                  vatMinor: number | null;
                  reason: string | null;
                  reasonCode: string | null;
                  previousPriceMinor: number | null;
                }[];
              }[];
              freeLines: {
                index: number;
                name: string;
                unit: string;
                quantity: string;
                sellable: boolean;
                product: {
                  id: string;
                  name: string;
                  sku: string | null;
                  unit: string;
                  attributes: {
                    [key: string]: string;
                  };
                } | null;
                offer: {
                  id: string;
                  sellerId: string;
                  sellerName: string;
                  warehouseId: string;
                  warehouseName: string;
                  distanceKm: number | null;
                  unit: string;
                  minQty: string;
                  step: string;
                  /** @description Line units in one sale unit */
                  perSaleUnit: string;
                  available: string;
                } | null;
                /** @description In the offer’s unit */
                orderQuantity: string | null;
                priceMinor: number | null;
                totalMinor: number | null;
                vatRate: string | null;
                vatMinor: number | null;
                reason: string | null;
                reasonCode: string | null;
                previousPriceMinor: number | null;
              }[];
              pricing: {
                /** @enum {string} */
                strategy: 'cheapest' | 'single_seller' | 'nearest';
                near: {
                  lat: number;
                  lon: number;
                } | null;
              };
              sellers: {
                sellerId: string;
                sellerName: string;
                goodsMinor: number;
                vatMinor: number;
                delivery: {
                  priceMinor: number;
                  vehicleName: string;
                  bodyName: string;
                  vehicles: number;
                  roadKm: number;
                  parts?: {
                    warehouseId: string;
                    warehouseName: string;
                    priceMinor: number;
                    vatMinor: number;
                    vehicleName: string;
                  }[];
                } | null;
                deliveryMinor: number;
                deliveryVatMinor: number;
                deliveryNote: string | null;
                totalMinor: number;
                lines: number;
              }[];
              missing: {
                job: number;
                material: string;
                name: string;
                reason: string;
                reasonCode: string;
              }[];
              totals: {
                goodsMinor: number;
                deliveryMinor: number;
                vatMinor: number;
                totalMinor: number;
                vatByRate: {
                  rate: string;
                  vatMinor: number;
                }[];
                withoutSeller: {
                  goodsMinor: number;
                  lines: number;
                };
              };
            } | null;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  addEstimateToCart: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description When given, must be the latest version (409 otherwise) */
          version?: number;
        } | null;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            added: {
              job: number | null;
              material: string | null;
              freeLine: number | null;
              name: string;
              /** Format: uuid */
              offerId: string;
              sellerName: string;
              quantity: string;
              unit: string;
            }[];
            skipped: {
              job: number | null;
              material: string | null;
              freeLine: number | null;
              name: string;
              offerId: string | null;
              quantity: string | null;
              unit: string | null;
              reasonCode: string;
              reason: string;
            }[];
            cartLines: {
              /** Format: uuid */
              offerId: string;
              /** Format: uuid */
              cartItemId: string;
              added: string;
              cartQuantity: string;
            }[];
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  shareEstimate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @description Shown once: only its hash is kept */
            token: string;
            url: string;
            /** @description ISO-8601, UTC */
            createdAt: string;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  revokeEstimateShare: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        shareId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getSharedEstimate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The share link’s token, as it was shown once */
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            title: string;
            version: number;
            /** @description ISO-8601, UTC */
            updatedAt: string;
            request: {
              jobs: {
                template: string;
                inputs?: {
                  [key: string]: unknown;
                };
                title?: string;
              }[];
              pricing?: {
                /** @enum {string} */
                strategy: 'cheapest' | 'single_seller' | 'nearest';
                near?: {
                  lat: number;
                  lon: number;
                };
              };
              overrides?: {
                job: number;
                material: string;
                quantity?: string;
                offerId?: string | null;
              }[];
              freeLines?: {
                name: string;
                unit: string;
                quantity: string;
                offerId?: string;
                priceMinor?: number;
              }[];
            };
            estimate: {
              jobs: {
                index: number;
                template: string;
                title: string;
                inputs: {
                  [key: string]: unknown;
                };
                derived: {
                  name: string;
                  label: {
                    ru: string;
                    en: string;
                  };
                  value: string;
                  unit: string;
                }[];
                lines: {
                  material: string;
                  name: string;
                  unit: string;
                  formula: string;
                  norm: {
                    value: string;
                    unit: string;
                    source: string;
                  };
                  readonly factors?: {
                    value: string;
                    unit: string;
                    source: string;
                    name: string;
                  }[];
                  net: string;
                  reservePct: string;
                  quantity: string;
                  packSize: string;
                  packs: number;
                  optional: boolean;
                  overridden: {
                    quantity: boolean;
                    offer: boolean;
                  };
                  product: {
                    id: string;
                    name: string;
                    sku: string | null;
                    unit: string;
                    attributes: {
                      [key: string]: string;
                    };
                  } | null;
                  offer: {
                    id: string;
                    sellerId: string;
                    sellerName: string;
                    warehouseId: string;
                    warehouseName: string;
                    distanceKm: number | null;
                    unit: string;
                    minQty: string;
                    step: string;
                    /** @description Line units in one sale unit */
                    perSaleUnit: string;
                    available: string;
                  } | null;
                  /** @description In the offer’s unit */
                  orderQuantity: string | null;
                  priceMinor: number | null;
                  totalMinor: number | null;
                  vatRate: string | null;
                  vatMinor: number | null;
                  reason: string | null;
                  reasonCode: string | null;
                  previousPriceMinor: number | null;
                }[];
              }[];
              freeLines: {
                index: number;
                name: string;
                unit: string;
                quantity: string;
                sellable: boolean;
                product: {
                  id: string;
                  name: string;
                  sku: string | null;
                  unit: string;
                  attributes: {
                    [key: string]: string;
                  };
                } | null;
                offer: {
                  id: string;
                  sellerId: string;
                  sellerName: string;
                  warehouseId: string;
                  warehouseName: string;
                  distanceKm: number | null;
                  unit: string;
                  minQty: string;
                  step: string;
                  /** @description Line units in one sale unit */
                  perSaleUnit: string;
                  available: string;
                } | null;
                /** @description In the offer’s unit */
                orderQuantity: string | null;
                priceMinor: number | null;
                totalMinor: number | null;
                vatRate: string | null;
                vatMinor: number | null;
                reason: string | null;
                reasonCode: string | null;
                previousPriceMinor: number | null;
              }[];
              pricing: {
                /** @enum {string} */
                strategy: 'cheapest' | 'single_seller' | 'nearest';
                near: {
                  lat: number;
                  lon: number;
                } | null;
              };
              sellers: {
                sellerId: string;
                sellerName: string;
                goodsMinor: number;
                vatMinor: number;
                delivery: {
                  priceMinor: number;
                  vehicleName: string;
                  bodyName: string;
                  vehicles: number;
                  roadKm: number;
                  parts?: {
                    warehouseId: string;
                    warehouseName: string;
                    priceMinor: number;
                    vatMinor: number;
                    vehicleName: string;
                  }[];
                } | null;
                deliveryMinor: number;
                deliveryVatMinor: number;
                deliveryNote: string | null;
                totalMinor: number;
                lines: number;
              }[];
              missing: {
                job: number;
                material: string;
                name: string;
                reason: string;
                reasonCode: string;
              }[];
              totals: {
                goodsMinor: number;
                deliveryMinor: number;
                vatMinor: number;
                totalMinor: number;
                vatByRate: {
                  rate: string;
                  vatMinor: number;
                }[];
                withoutSeller: {
                  goodsMinor: number;
                  lines: number;
                };
              };
            };
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  copySharedEstimate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The share link’s token */
          token: string;
          /** @description The copy’s title; the shared estimate’s when absent */
          title?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            title: string;
            version: number;
            /** @description ISO-8601, UTC */
            createdAt: string;
            /** @description ISO-8601, UTC */
            updatedAt: string;
            /** @description The grand total when last saved; estimate.totals.totalMinor is today’s */
            savedTotalMinor: number;
            request: {
              jobs: {
                template: string;
                inputs?: {
                  [key: string]: unknown;
                };
                title?: string;
              }[];
              pricing?: {
                /** @enum {string} */
                strategy: 'cheapest' | 'single_seller' | 'nearest';
                near?: {
                  lat: number;
                  lon: number;
                };
              };
              overrides?: {
                job: number;
                material: string;
                quantity?: string;
                offerId?: string | null;
              }[];
              freeLines?: {
                name: string;
                unit: string;
                quantity: string;
                offerId?: string;
                priceMinor?: number;
              }[];
            };
            estimate: {
              jobs: {
                index: number;
                template: string;
                title: string;
                inputs: {
                  [key: string]: unknown;
                };
                derived: {
                  name: string;
                  label: {
                    ru: string;
                    en: string;
                  };
                  value: string;
                  unit: string;
                }[];
                lines: {
                  material: string;
                  name: string;
                  unit: string;
                  formula: string;
                  norm: {
                    value: string;
                    unit: string;
                    source: string;
                  };
                  readonly factors?: {
                    value: string;
                    unit: string;
                    source: string;
                    name: string;
                  }[];
                  net: string;
                  reservePct: string;
                  quantity: string;
                  packSize: string;
                  packs: number;
                  optional: boolean;
                  overridden: {
                    quantity: boolean;
                    offer: boolean;
                  };
                  product: {
                    id: string;
                    name: string;
                    sku: string | null;
                    unit: string;
                    attributes: {
                      [key: string]: string;
                    };
                  } | null;
                  offer: {
                    id: string;
                    sellerId: string;
                    sellerName: string;
                    warehouseId: string;
                    warehouseName: string;
                    distanceKm: number | null;
                    unit: string;
                    minQty: string;
                    step: string;
                    /** @description Line units in one sale unit */
                    perSaleUnit: string;
                    available: string;
                  } | null;
                  /** @description In the offer’s unit */
                  orderQuantity: string | null;
                  priceMinor: number | null;
                  totalMinor: number | null;
                  vatRate: string | null;
                  vatMinor: number | null;
                  reason: string | null;
                  reasonCode: string | null;
                  previousPriceMinor: number | null;
                }[];
              }[];
              freeLines: {
                index: number;
                name: string;
                unit: string;
                quantity: string;
                sellable: boolean;
                product: {
                  id: string;
                  name: string;
                  sku: string | null;
                  unit: string;
                  attributes: {
                    [key: string]: string;
                  };
                } | null;
                offer: {
                  id: string;
                  sellerId: string;
                  sellerName: string;
                  warehouseId: string;
                  warehouseName: string;
                  distanceKm: number | null;
                  unit: string;
                  minQty: string;
                  step: string;
                  /** @description Line units in one sale unit */
                  perSaleUnit: string;
                  available: string;
                } | null;
                /** @description In the offer’s unit */
                orderQuantity: string | null;
                priceMinor: number | null;
                totalMinor: number | null;
                vatRate: string | null;
                vatMinor: number | null;
                reason: string | null;
                reasonCode: string | null;
                previousPriceMinor: number | null;
              }[];
              pricing: {
                /** @enum {string} */
                strategy: 'cheapest' | 'single_seller' | 'nearest';
                near: {
                  lat: number;
                  lon: number;
                } | null;
              };
              sellers: {
                sellerId: string;
                sellerName: string;
                goodsMinor: number;
                vatMinor: number;
                delivery: {
                  priceMinor: number;
                  vehicleName: string;
                  bodyName: string;
                  vehicles: number;
                  roadKm: number;
                  parts?: {
                    warehouseId: string;
                    warehouseName: string;
                    priceMinor: number;
                    vatMinor: number;
                    vehicleName: string;
                  }[];
                } | null;
                deliveryMinor: number;
                deliveryVatMinor: number;
                deliveryNote: string | null;
                totalMinor: number;
                lines: number;
              }[];
              missing: {
                job: number;
                material: string;
                name: string;
                reason: string;
                reasonCode: string;
              }[];
              totals: {
                goodsMinor: number;
                deliveryMinor: number;
                vatMinor: number;
                totalMinor: number;
                vatByRate: {
                  rate: string;
                  vatMinor: number;
                }[];
                withoutSeller: {
                  goodsMinor: number;
                  lines: number;
                };
              };
            };
            /** @description Live share links (their tokens are not kept) */
            shares: {
              /** Format: uuid */
              id: string;
              /** @description ISO-8601, UTC */
              createdAt: string;
            }[];
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflict */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Content Too Large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported Media Type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getEstimatePdf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The estimate */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getEstimateXlsx: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The workbook */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getSharedEstimatePdf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The share link’s token, as it was shown once */
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The estimate */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description URI Too Long */
      414: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listBoughtTogether: {
    parameters: {
      query: {
        /** @description The product the partners are for */
        productId: string;
        /** @description How many items (1–50) */
        limit?: number;
        /** @description Where the cold start counts popularity (default: every region); pairs are counted everywhere */
        region?: 'all' | 'moscow' | 'spb' | 'kazan' | 'ekb' | 'nsk' | 'other';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            product: {
              id: string;
              name: string;
              sku: string | null;
              unit: string;
              categoryPath: string;
              /** @description The lowest visible offer’s price, kopecks */
              minPriceMinor: number | null;
            };
            /**
             * @description cold_start: no pair with enough orders, popular products of the category
             * @enum {string}
             */
            path: 'co_occurrence' | 'cold_start';
            region: string;
            items: {
              product: {
                id: string;
                name: string;
                sku: string | null;
                unit: string;
                categoryPath: string;
                /** @description The lowest visible offer’s price, kopecks */
                minPriceMinor: number | null;
              };
              /** @description Ranking score: shrunk lift (pairs), weighted sum over seeds (for-me), orders (popular) */
              score: number;
              reason: {
                /** @enum {string} */
                kind: 'co_occurrence' | 'history' | 'cart' | 'estimate' | 'popular_in_category' | 'popular_in_region';
                /** @description Why, in Russian: «покупают вместе с «…»: 42 заказа, lift 3,8» */
                text: string;
                /** @description The product whose pair statistics these are */
                basedOn: string | null;
                /** @description Orders holding both */
                support: number | null;
                /** @description n_ab·N / (n_a·n_b) */
                lift: number | null;
                /** @description n_ab / n_a */
                confidence: number | null;
              };
            }[];
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listRecommendationsForMe: {
    parameters: {
      query?: {
        /** @description How many items (1–50) */
        limit?: number;
        /** @description For a customer without orders: the region of the cold start (default moscow) */
        region?: 'all' | 'moscow' | 'spb' | 'kazan' | 'ekb' | 'nsk' | 'other';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @description What the items mostly come from: the cart and estimates, past orders, or popularity
             * @enum {string}
             */
            path: 'history' | 'cart' | 'cold_start';
            /** @description The region of the cold start */
            region: string;
            items: {
              product: {
                id: string;
                name: string;
                sku: string | null;
                unit: string;
                categoryPath: string;
                /** @description The lowest visible offer’s price, kopecks */
                minPriceMinor: number | null;
              };
              /** @description Ranking score: shrunk lift (pairs), weighted sum over seeds (for-me), orders (popular) */
              score: number;
              reason: {
                /** @enum {string} */
                kind: 'co_occurrence' | 'history' | 'cart' | 'estimate' | 'popular_in_category' | 'popular_in_region';
                /** @description Why, in Russian: «покупают вместе с «…»: 42 заказа, lift 3,8» */
                text: string;
                /** @description The product whose pair statistics these are */
                basedOn: string | null;
                /** @description Orders holding both */
                support: number | null;
                /** @description n_ab·N / (n_a·n_b) */
                lift: number | null;
                /** @description n_ab / n_a */
                confidence: number | null;
              };
            }[];
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPriceForecast: {
    parameters: {
      query?: {
        /** @description A product: the weekly median of its shown offers' prices */
        productId?: string;
        /** @description An offer: its own price history */
        offerId?: string;
        /** @description Days ahead (1..90); weekly points up to it, one at least */
        horizonDays?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                /** @enum {string} */
                status: 'ok';
                series: {
                  /** @enum {string} */
                  kind: 'offer' | 'product';
                  id: string;
                  /** @description Weekly points the fit used */
                  points: number;
                  /** @enum {string} */
                  step: 'week';
                  /** @description The price in force now */
                  last: {
                    at: string;
                    priceMinor: number;
                  };
                };
                method: {
                  /**
                   * @description The damped trend, or simple smoothing (no trend) when its AICc is lower
                   * @enum {string}
                   */
                  name: 'damped_trend' | 'simple_smoothing';
                  alpha: number;
                  /** @description 0 for simple smoothing */
                  beta: number;
                  /** @description The damping, 0.8..0.98; null for simple smoothing */
                  phi: number | null;
                  /** @description One-step residual standard deviation, kopecks */
                  sigma: number;
                };
                horizonDays: number;
                points: {
                  /** @description The end of the forecast week (Monday 00:00 МСК), UTC */
                  at: string;
                  priceMinor: number;
                  lower80: number;
                  upper80: number;
                  lower95: number;
                  upper95: number;
                }[];
                backtest: {
                  /** @description Mean |error| / in-sample mean |y_t − y_(t−1)|; below 1 beats that naive scale */
                  mase: number | null;
                  /** @description The naive forecast (last price) scored the same way, same origins and steps */
                  naiveMase: number | null;
                  coverage80: number | null;
                  coverage95: number | null;
                  origins: number;
                  forecasts: number;
                  horizonWeeks: number;
                  /** @description The MASE scale, kopecks */
                  naiveMae: number;
                };
              }
            | {
                /** @enum {string} */
                status: 'insufficient_history';
                series: {
                  /** @enum {string} */
                  kind: 'offer' | 'product';
                  id: string;
                };
                points: number;
                needed: number;
                message: string;
              };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMarketTrends: {
    parameters: {
      query?: {
        /** @description A category slug (its subtree counts); none: every category */
        category?: string;
        /** @description Where the goods went; all: every region */
        region?: 'all' | 'moscow' | 'spb' | 'kazan' | 'ekb' | 'nsk' | 'other';
        /** @description Moscow weeks (Monday to Sunday) or calendar months */
        period?: 'week' | 'month';
        /** @description A Moscow date; its period is the first (default: 11 periods before `to`’s) */
        from?: string;
        /** @description A Moscow date; its period is the last (default: today) */
        to?: string;
        /** @description A logged-in seller’s own figures beside the market’s */
        mine?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            category: {
              slug: string | null;
              name: string;
              path: string;
            };
            region: {
              code: string;
              name: string;
            };
            /** @enum {string} */
            period: 'week' | 'month';
            /**
             * @description What `change` compares: week over week or month over month
             * @enum {string}
             */
            change: 'wow' | 'mom';
            /** @description The first period’s first day */
            from: string;
            /** @description The last period’s last day */
            to: string;
            /** @description Today in Moscow: a period ending on or after it is incomplete */
            today: string;
            priceIndex: {
              /** @enum {string} */
              method: 'chained_jevons';
              /** @enum {number} */
              base: 100;
              basePeriod: string;
            };
            periods: {
              start: string;
              end: string;
              complete: boolean;
              orders: number;
              /** @description Summed over the products’ own sale units */
              units: string;
              revenueMinor: number;
              priceIndex: number;
              /** @description Products in this step’s link (sold in this and the previous period) */
              priceIndexProducts: number;
              change: {
                /** @description Per cent change against the previous period; null without a base */
                orders: number | null;
                /** @description Per cent change against the previous period; null without a base */
                units: number | null;
                /** @description Per cent change against the previous period; null without a base */
                revenue: number | null;
                /** @description Per cent change against the previous period; null without a base */
                priceIndex?: number | null;
              };
            }[];
            movers: {
              before: {
                start: string;
                end: string;
              } | null;
              after: {
                start: string;
                end: string;
              } | null;
              up: {
                product: {
                  id: string;
                  name: string;
                  sku: string | null;
                  unit: string;
                };
                unitsBefore: string;
                unitsAfter: string;
                unitsChangePct: number;
                ordersBefore: number;
                ordersAfter: number;
                /** @description Revenue ÷ units in the earlier period */
                unitPriceBeforeMinor: number | null;
                unitPriceAfterMinor: number | null;
                priceChangePct: number | null;
                /** @description спрос +35 %: 120 → 162 шт; цена −2 %: … */
                reason: string;
              }[];
              down: {
                product: {
                  id: string;
                  name: string;
                  sku: string | null;
                  unit: string;
                };
                unitsBefore: string;
                unitsAfter: string;
                unitsChangePct: number;
                ordersBefore: number;
                ordersAfter: number;
                /** @description Revenue ÷ units in the earlier period */
                unitPriceBeforeMinor: number | null;
                unitPriceAfterMinor: number | null;
                priceChangePct: number | null;
                /** @description спрос +35 %: 120 → 162 шт; цена −2 %: … */
                reason: string;
              }[];
            };
            mine: {
              sellerId: string;
              /** @description The seller’s revenue ÷ the market’s, over the range */
              revenueSharePct: number | null;
              periods: {
                start: string;
                end: string;
                orders: number;
                units: string;
                revenueMinor: number;
                revenueSharePct: number | null;
                change: {
                  /** @description Per cent change against the previous period; null without a base */
                  orders: number | null;
                  /** @description Per cent change against the previous period; null without a base */
                  units: number | null;
                  /** @description Per cent change against the previous period; null without a base */
                  revenue: number | null;
                  /** @description Per cent change against the previous period; null without a base */
                  priceIndex?: number | null;
                };
              }[];
              prices: {
                /** @description Revenue-weighted geometric mean of own unit price ÷ market median, minus 1, over the range */
                vsMarketPct: number | null;
                products: {
                  product: {
                    id: string;
                    name: string;
                    sku: string | null;
                    unit: string;
                  };
                  revenueMinor: number;
                  unitPriceMinor: number;
                  marketMedianMinor: number;
                  diffPct: number | null;
                }[];
              };
            } | null;
          };
        };
      };
      /** @description Bad Request */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unauthorized */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Forbidden */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not Found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too Many Requests */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}
