/** A refused call: carries the service's one-sentence Chinese message so screens show it as it is. */
import type { ApiError } from '../../../shared/api.js';

export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}
