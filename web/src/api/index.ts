export { createApiClient, ok, type ApiClient } from './client';
export { ApiError, NetworkError, problemOf, type Problem, type ProblemField } from './problem';
export { Session, type TokenPair, type TokenStorage } from './session';
export type { components, operations, paths } from './schema';
