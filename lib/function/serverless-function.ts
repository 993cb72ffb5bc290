import { Construct } from 'constructs';
/** placeholder */
export interface ServerlessFunctionProps {
  /** test */
  readonly x?: number;
}
/** placeholder */
export class ServerlessFunction extends Construct {
  constructor(scope: Construct, id: string, _props: ServerlessFunctionProps = {}) {
    super(scope, id);
  }
}
