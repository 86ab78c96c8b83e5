// Errors the user can fix (bad input, a folder that may not be written): every layer throws them, and the command line
// prints their message without a stack trace, with exit code 2. The base of the layers: it imports nothing.

export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
