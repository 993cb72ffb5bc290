import { IConstruct } from 'constructs';

/**
 * An error thrown for input that makes construction impossible.
 *
 * The message starts with the construct path so that it can be found in a large app.
 * Validation problems that do not prevent construction are reported at synth instead,
 * all at once, through `node.addValidation`.
 */
export class LambdaKitValidationError extends Error {
  /**
   * The path of the construct the error is about.
   */
  public readonly constructPath: string;

  constructor(message: string, scope: IConstruct) {
    super(`[${scope.node.path}] ${message}`);
    this.name = 'LambdaKitValidationError';
    this.constructPath = scope.node.path;
  }
}
