/** Invoices (счёт на оплату) of orders paid by bank transfer: the PDF in the 1C layout and its routes. */
export { invoicesRoutes } from './invoices.routes.js';
export { InvoicesService } from './invoices.service.js';
