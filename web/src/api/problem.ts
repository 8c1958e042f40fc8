/** An API answer that was not 2xx, carrying the problem document's fields (RFC 9457). */
export interface ProblemField {
  /** The field, as a dotted path (`company.inn`, `lines.0.quantity`). */
  path: string;
  message: string;
  location?: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code?: string;
  requestId?: string;
  errors?: ProblemField[];
  [key: string]: unknown;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code ?? `HTTP.${problem.status}`;
    this.problem = problem;
  }
}

/** The problem document of a failed response, or one made up from its status. */
export async function problemOf(response: Response): Promise<Problem> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const body = (await response.clone().json()) as Partial<Problem>;
      return { ...body, status: response.status };
    } catch {
      // fall through: a body that is not JSON after all
    }
  }
  return { status: response.status, title: response.statusText };
}

/** Network failure (offline, DNS, refused): the client shows «нет связи», not a server error. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('network', { cause });
    this.name = 'NetworkError';
  }
}
