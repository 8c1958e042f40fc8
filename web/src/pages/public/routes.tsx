import type { ReactElement } from 'react';

/** The public pages' routes (<Route> elements, pages loaded lazily), mounted by App. */
export const publicRoutes: ReactElement[] = [];
