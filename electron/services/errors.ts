/**
 * A service refusal that people should read: a code from the contract and one Chinese sentence. Anything else
 * thrown inside a service is turned into an ApiError by electron/services/api/errors.ts.
 */
import type { ApiErrorCode } from '../../shared/api.js';

export class ServiceError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

export const refuse = (code: ApiErrorCode, message: string): never => {
  throw new ServiceError(code, message);
};
