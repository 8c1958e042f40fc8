import type { ReactElement } from 'react';

/** The admin pages' routes (<Route> elements, pages loaded lazily), mounted by App. */
export const adminRoutes: ReactElement[] = [];
