import { CfnResource, Stack } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { objectValue, stringValue } from './values';

/** One L1 resource of the app, with its properties resolved as they will appear in the template. */
export class ModelResource {
  private resolved?: { properties: Record<string, unknown>; attributes: Record<string, unknown> };
  private resolvedLogicalId?: string;

  constructor(
    /** The L1 construct. */
    public readonly construct: CfnResource,
    /** The stack that holds it. */
    public readonly stack: Stack,
  ) {}

  /** The CloudFormation type, for example `AWS::Lambda::Function`. */
  public get type(): string {
    return this.construct.cfnResourceType;
  }

  /** The construct path, as CDK reports it. */
  public get path(): string {
    return this.construct.node.path;
  }

  /** The logical id in the template (resolved once: the model is built at validation time, when ids are final). */
  public get logicalId(): string {
    this.resolvedLogicalId ??= this.stack.resolve(this.construct.logicalId);
    return this.resolvedLogicalId!;
  }

  /** The resolved `Properties` (escape-hatch overrides included); `{}` when they cannot be resolved. */
  public get properties(): Record<string, unknown> {
    return this.resolve().properties;
  }

  /** The resolved resource attributes other than `Properties` (`DependsOn`, `Condition`, ...). */
  public get attributes(): Record<string, unknown> {
    return this.resolve().attributes;
  }

  /**
   * Lends the fragment rendered for the rules to the stack's synthesis, which would otherwise render and resolve
   * the resource a second time: that second rendering was most of what LambdaLimits cost (BENCHMARKS.md).
   *
   * Safe because the model is built in the validation phase, after every aspect, override and preparation, when
   * the tree is final: synthesis renders each element exactly as the model did (`stack.resolve(element
   * ._toCloudFormation())` in aws-cdk-lib core/lib/stack.ts), and resolving plain JSON again is the identity.
   * The loan serves every `_toCloudFormation()` call (aws-cdk-lib's version hashes call it too) until the stack's
   * template has been rendered, then it is withdrawn, so a later synthesis of a changed tree renders afresh; when
   * synthesis stops before (a validation error), `withdrawOutstandingLoans` takes it back.
   */
  /** Forgets the resolved properties (the findings keep the resource's path and construct only). */
  public release(): void {
    this.resolved = undefined;
  }

  private lendRendering(rendered: unknown): void {
    if (Object.prototype.hasOwnProperty.call(this.construct, RENDER)) return;
    Object.defineProperty(this.construct, RENDER, { configurable: true, writable: true, value: () => rendered });
    withdrawAfterRendering(this.stack, this.construct);
  }

  private resolve() {
    if (!this.resolved) {
      try {
        const template = this.stack.resolve((this.construct as any)._toCloudFormation()) as { Resources?: Record<string, Record<string, unknown>> };
        this.lendRendering(template);
        const entry = Object.values(template.Resources ?? {})[0] ?? {};
        const { Properties, ...attributes } = entry;
        this.resolved = { properties: objectValue(Properties) ?? {}, attributes };
      } catch {
        // A resource whose properties cannot be resolved is unknowable, never an error of ours.
        this.resolved = { properties: {}, attributes: {} };
      }
    }
    return this.resolved;
  }
}

const RENDER = '_toCloudFormation';
/** The loans outstanding, by app root and stack. */
const LOANS = new WeakMap<IConstruct, Map<Stack, CfnResource[]>>();

/** Withdraws the stack's loans once its template is rendered. */
function withdrawAfterRendering(stack: Stack, construct: CfnResource): void {
  const root = stack.node.root;
  const byStack = LOANS.get(root) ?? new Map<Stack, CfnResource[]>();
  LOANS.set(root, byStack);
  const loans = byStack.get(stack);
  if (loans) {
    loans.push(construct);
    return;
  }
  byStack.set(stack, [construct]);
  Object.defineProperty(stack, RENDER, {
    configurable: true,
    writable: true,
    value: () => {
      try {
        delete (stack as any)[RENDER];
        return (stack as any)[RENDER]();
      } finally {
        withdraw(byStack, stack);
      }
    },
  });
}

function withdraw(byStack: Map<Stack, CfnResource[]>, stack: Stack): void {
  delete (stack as any)[RENDER];
  for (const loaned of byStack.get(stack) ?? []) delete (loaned as any)[RENDER];
  byStack.delete(stack);
}

/**
 * Withdraws every loan still out in the app of `scope`. Loans live from the validation phase to the rendering of
 * their stack; one still out when aspects run again belongs to a synthesis that stopped in between (another
 * validation failed), and the tree may have changed since.
 */
export function withdrawOutstandingLoans(scope: IConstruct): void {
  const byStack = LOANS.get(scope.node.root);
  if (!byStack) return;
  for (const stack of [...byStack.keys()]) withdraw(byStack, stack);
  LOANS.delete(scope.node.root);
}

/** Every L1 resource under a root, indexed for the rules' lookups. */
export class LambdaModel {
  /** Builds the model of every CloudFormation resource under `root`. */
  public static of(root: IConstruct): LambdaModel {
    const resources: ModelResource[] = [];
    for (const construct of root.node.findAll()) {
      if (CfnResource.isCfnResource(construct)) {
        resources.push(new ModelResource(construct, Stack.of(construct)));
      }
    }
    return new LambdaModel(resources);
  }

  private readonly byType = new Map<string, ModelResource[]>();
  private readonly byLogicalId = new Map<Stack, Map<string, ModelResource>>();

  private constructor(public readonly resources: ModelResource[]) {
    for (const resource of resources) {
      const list = this.byType.get(resource.type) ?? [];
      list.push(resource);
      this.byType.set(resource.type, list);
    }
  }

  /** Every resource of the given CloudFormation type. */
  public ofType(type: string): ModelResource[] {
    return this.byType.get(type) ?? [];
  }

  /** The resource with `logicalId` in `stack`. */
  public findByLogicalId(stack: Stack, logicalId: string): ModelResource | undefined {
    if (this.byLogicalId.size === 0) {
      // Every stack's index in one pass over the app.
      for (const resource of this.resources) {
        const index = this.byLogicalId.get(resource.stack) ?? new Map<string, ModelResource>();
        index.set(resource.logicalId, resource);
        this.byLogicalId.set(resource.stack, index);
      }
    }
    return this.byLogicalId.get(stack)?.get(logicalId);
  }

  /**
   * The same-stack resource a resolved value points at: `{ Ref: X }` or `{ 'Fn::GetAtt': [X, attr] }`.
   * Returns `undefined` for literals, imports and anything else.
   */
  public referenced(from: ModelResource, value: unknown): ModelResource | undefined {
    const object = objectValue(value) ?? (value as Record<string, unknown> | undefined);
    if (!object || typeof object !== 'object') return undefined;
    const ref = stringValue(object.Ref);
    if (ref) return this.findByLogicalId(from.stack, ref);
    const getAtt = object['Fn::GetAtt'];
    if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') return this.findByLogicalId(from.stack, getAtt[0]);
    if (typeof getAtt === 'string') return this.findByLogicalId(from.stack, getAtt.split('.')[0]);
    return undefined;
  }
}
