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

  private resolve() {
    if (!this.resolved) {
      try {
        const template = this.stack.resolve((this.construct as any)._toCloudFormation()) as { Resources?: Record<string, Record<string, unknown>> };
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
    let index = this.byLogicalId.get(stack);
    if (!index) {
      index = new Map();
      for (const resource of this.resources) {
        if (resource.stack === stack) index.set(resource.logicalId, resource);
      }
      this.byLogicalId.set(stack, index);
    }
    return index.get(logicalId);
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
