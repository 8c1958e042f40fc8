/** Russian texts for the API's problem codes (the full list: grep the server's errors for `code`). */
export const PROBLEM_TEXTS: Record<string, string> = {
  VALIDATION: 'Проверьте поля формы: некоторые заполнены неверно.',
  RATE_LIMITED: 'Слишком много запросов. Подождите немного и повторите.',
  'AUTH.INVALID_CREDENTIALS': 'Неверная почта или пароль.',
  'AUTH.TOO_MANY_ATTEMPTS': 'Слишком много неудачных попыток входа. Подождите и попробуйте снова.',
  'AUTH.ACCOUNT_SUSPENDED': 'Учётная запись заблокирована администратором.',
  'AUTH.UNAUTHENTICATED': 'Войдите, чтобы продолжить.',
  'AUTH.FORBIDDEN': 'Это действие вам недоступно.',
  'USER.EMAIL_TAKEN': 'Эта почта уже зарегистрирована. Войдите или восстановите пароль.',
};
