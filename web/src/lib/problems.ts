import { ApiError, NetworkError } from '../api';
import { PROBLEM_TEXTS } from './problem-texts';

/**
 * The Russian text for a failed call. The API's problem documents carry a stable `code`; its
 * English `detail` is never shown. Field errors (code VALIDATION) are shown beside their fields
 * by the forms, through `fieldErrors`.
 */
export function messageFor(error: unknown): string {
  if (error instanceof NetworkError) return 'Нет связи с сервером. Проверьте подключение к интернету и повторите.';
  if (error instanceof ApiError) {
    const text = PROBLEM_TEXTS[error.code];
    if (text) return text;
    if (error.status === 401) return 'Войдите, чтобы продолжить.';
    if (error.status === 403) return 'Это действие вам недоступно.';
    if (error.status === 404) return 'Не найдено: возможно, это уже удалено или принадлежит другому пользователю.';
    if (error.status === 409) return 'Данные изменились, пока вы их смотрели. Обновите страницу и повторите.';
    if (error.status === 429) return 'Слишком много запросов. Подождите немного и повторите.';
    if (error.status >= 500) return 'Сервер не смог выполнить запрос. Повторите позже.';
    return 'Запрос не выполнен. Проверьте введённые данные.';
  }
  return 'Что-то пошло не так. Обновите страницу и повторите.';
}

/** Field path (`company.inn`) → the Russian message for it, from a VALIDATION problem. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || !error.problem.errors) return {};
  const out: Record<string, string> = {};
  for (const e of error.problem.errors) {
    const path = e.path;
    out[path] ??= fieldMessage(e.message);
  }
  return out;
}

/** zod's English messages, the common ones, in Russian; anything else as «неверное значение». */
function fieldMessage(message: string): string {
  const m = message.toLowerCase();
  if (m.includes('required')) return 'Обязательное поле';
  if (m.includes('email')) return 'Неверный адрес электронной почты';
  if (m.includes('too small') || m.includes('at least') || m.includes('>=')) return 'Слишком маленькое значение';
  if (m.includes('too big') || m.includes('at most') || m.includes('<=')) return 'Слишком большое значение';
  if (m.includes('uuid')) return 'Неверный идентификатор';
  if (m.includes('inn') || m.includes('инн')) return 'Неверный ИНН: проверьте цифры';
  return 'Неверное значение';
}
