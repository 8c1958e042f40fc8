import type { ReactElement } from 'react';

/** The customer pages' routes (<Route> elements, pages loaded lazily), mounted by App. */
export const customerRoutes: ReactElement[] = [];
