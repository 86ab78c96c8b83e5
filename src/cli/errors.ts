// Errors the user can fix: printed as a message, without a stack trace, with exit code 2.
import { ScenarioError } from '../scenario/problems.js';

export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

export function isUserError(error: unknown): error is Error {
  return error instanceof UserError || error instanceof ScenarioError;
}
