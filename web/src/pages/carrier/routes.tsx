import type { ReactElement } from 'react';

/** The carrier pages' routes (<Route> elements, pages loaded lazily), mounted by App. */
export const carrierRoutes: ReactElement[] = [];
