import type { ReactElement } from 'react';

/** The seller pages' routes (<Route> elements, pages loaded lazily), mounted by App. */
export const sellerRoutes: ReactElement[] = [];
