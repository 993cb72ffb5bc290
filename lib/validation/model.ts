import { CfnElement, CfnResource, Stack, Stage } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { objectValue, stringValue } from './values';

/** One L1 resource of the app, with its properties resolved as they will appear in the template. */
export class ModelResource {
  /**
   * The resolved `Properties` (escape-hatch overrides included); `{}` when they cannot be resolved.
   *
   * Plain fields, not getters (every rule reads them for every resource), filled by `load` when the model first hands
   * the resource out (LambdaModel), so that a stack no rule asks about is never rendered.
   */
  public properties: Record<string, unknown> = NOTHING;
  /**
   * False when the properties cannot be resolved (they then read as `{}`, which says nothing about them), and until the
   * resource is loaded: a resource read without being loaded is unknown, never one without properties.
   */
  public resolvable = false;
  /** The resource's entry in its stack's `Resources`, as synthesis writes it; `{ Type }` when it cannot be resolved. */
  public templateEntry: Record<string, unknown> = NOTHING;
  private loaded = false;
  private resolvedLogicalId?: string;
  private resolvedKey?: string;

  constructor(
    /** The L1 construct. */
    public readonly construct: CfnResource,
    /** The stack that holds it. */
    public readonly stack: Stack,
    private readonly templates: StackTemplates,
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
    this.resolvedLogicalId ??= this.templates.logicalId(this.stack, this.construct) ?? this.stack.resolve(this.construct.logicalId);
    return this.resolvedLogicalId!;
  }

  /**
   * `stack path/logical id`: names the resource in the app, the same in every model of it. The lookups key each
   * resource they meet by it, so it is built once (a construct path is built anew on each read).
   */
  public get key(): string {
    this.resolvedKey ??= `${stackPath(this.stack)}/${this.logicalId}`;
    return this.resolvedKey;
  }

  /** The resolved resource attributes other than `Properties` (`DependsOn`, `Condition`, ...). */
  public get attributes(): Record<string, unknown> {
    const { Properties: _properties, ...attributes } = this.templateEntry;
    return attributes;
  }

  /** Resolves the resource, once: its entry in its stack's rendered template, or the resource rendered on its own. */
  public load(): ModelResource {
    if (this.loaded) return this;
    this.loaded = true;
    try {
      this.templateEntry = this.templates.resource(this.stack, this.logicalId) ?? this.renderAlone();
      this.properties = objectValue(this.templateEntry.Properties) ?? {};
      this.resolvable = true;
    } catch {
      // A resource whose properties cannot be resolved is unknowable, never an error of ours.
      this.templateEntry = { Type: this.type };
    }
    return this;
  }

  /**
   * Forgets the resolved properties (the findings keep the resource's path and construct only). A rule reading them
   * afterwards would find them unknown, never empty.
   */
  public release(): void {
    this.loaded = true;
    this.templateEntry = NOTHING;
    this.properties = NOTHING;
    this.resolvable = false;
  }

  /** The resource rendered on its own, as the stack renders each element: when its stack's template cannot be rendered. */
  private renderAlone(): Record<string, unknown> {
    const fragment = this.stack.resolve((this.construct as any)[RENDER]()) as TemplateJson;
    return Object.values(fragment.Resources ?? {})[0] ?? {};
  }
}

/** What a resource reads as before it is loaded and after it is released. */
const NOTHING: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;

/** A stack's path never changes, and each model (one a synthesis) keys its resources anew. */
const stackPath = perObject((stack: Stack) => stack.node.path);

type TemplateJson = Record<string, Record<string, Record<string, unknown>> | undefined>;

const RENDER = '_toCloudFormation';

/**
 * The templates of the app's stacks, each rendered once, when the model first hands out one of its resources, and lent to
 * the synthesis that follows, which would otherwise render and resolve the whole stack a second time: that second
 * rendering was most of what LambdaLimits cost (BENCHMARKS.md).
 *
 * The model is built in the validation phase, after every aspect, override and preparation: the stack's elements
 * are final, and the template is what aws-cdk-lib's own `Stack._toCloudFormation` renders. Synthesis may still add
 * elements (the default synthesizer adds the BootstrapVersion parameter and rule): when the stack's elements are
 * those rendered followed by new ones, the new ones are rendered and merged as `Stack._toCloudFormation` merges
 * them; any other change renders the whole stack afresh. The loan is taken by the stack's one rendering in
 * synthesis; when synthesis stops before it (a validation error), `withdrawOutstandingLoans` takes it back.
 */
class StackTemplates {
  private readonly templates = new Map<Stack, TemplateJson | undefined>();
  private readonly logicalIds = new Map<CfnResource, string>();

  /** `elements`: each stack's elements in the order aws-cdk-lib renders them (see `cfnElements`). */
  constructor(private readonly elements: Map<Stack, CfnElement[]>) {}

  /** The resource `logicalId` of `stack`'s template; `undefined` when the template cannot be rendered. */
  public resource(stack: Stack, logicalId: string): Record<string, unknown> | undefined {
    return this.template(stack)?.Resources?.[logicalId];
  }

  /** The `Resources` section of `stack`'s template; `undefined` when the template cannot be rendered. */
  public resources(stack: Stack): Record<string, Record<string, unknown>> | undefined {
    const template = this.template(stack);
    return template && (template.Resources ?? {});
  }

  /**
   * The logical id the rendered template gives `resource`, read off the template rather than computed again (each
   * computation is a path hash, and for a version a hash of its function). Each of the stack's resources, in the
   * order aws-cdk-lib renders them, adds one entry to `Resources`, in that order; when the counts differ, or an id
   * is numeric (JavaScript orders those first), the ids are not read off and `undefined` is returned.
   */
  public logicalId(stack: Stack, resource: CfnResource): string | undefined {
    // Ids are read off when their stack's template is rendered: once it is, one look-up answers (every resource asks).
    let logicalId = this.logicalIds.get(resource);
    if (logicalId === undefined) {
      this.template(stack);
      logicalId = this.logicalIds.get(resource);
    }
    return logicalId;
  }

  private template(stack: Stack): TemplateJson | undefined {
    if (!this.templates.has(stack)) {
      const rendered = renderAndLend(stack, this.elements.get(stack) ?? cfnElements(stack));
      this.templates.set(stack, rendered?.template);
      rendered?.logicalIds.forEach((logicalId, resource) => this.logicalIds.set(resource, logicalId));
    }
    return this.templates.get(stack);
  }
}

/**
 * The logical ids of the stack's resources, read off its rendered template: each resource, in the order aws-cdk-lib
 * renders the elements, adds one entry to `Resources`, in that order. Empty when the counts differ or an id is numeric
 * (JavaScript orders those first).
 */
function readOffLogicalIds(elements: CfnElement[], template: TemplateJson): Map<CfnResource, string> {
  const ids = Object.keys(template.Resources ?? {});
  const resources = elements.filter((element): element is CfnResource => CfnResource.isCfnResource(element));
  if (resources.length !== ids.length || ids.some(id => /^\d+$/.test(id))) return new Map();
  return new Map(resources.map((resource, i) => [resource, ids[i]]));
}

/**
 * What aws-cdk-lib synthesizes as one: the construct's Stage (an App is one). A nested Stage is synthesized on its own,
 * before its parent, with its own aspects, preparation and validation: an evaluation, its model and its loans belong
 * to one Stage and never reach into another. Remembered: a construct's Stage never changes, each covered resource asks
 * for its stack's twice a synthesis, and Stage.of builds the list of the stack's scopes every time.
 */
export const synthesisRoot = perObject((construct: IConstruct): IConstruct =>
  // Stage.of gives the Stage above a construct, so a Stage is its own.
  Stage.isStage(construct) ? construct : Stage.of(construct) ?? construct.node.root);

/** The stacks whose template is lent out (with their functions, lent their fragment), by synthesis root. */
const LOANS = new WeakMap<IConstruct, Map<Stack, CfnResource[]>>();

function renderAndLend(stack: Stack, rendered: CfnElement[]): { template: TemplateJson; logicalIds: Map<CfnResource, string> } | undefined {
  const root = synthesisRoot(stack);
  const loans = LOANS.get(root) ?? new Map<Stack, CfnResource[]>();
  LOANS.set(root, loans);
  // aws-cdk-lib renders a function again each time it hashes it for a version's logical id: for the Version itself
  // and for each reference to it. Each function is rendered once, first, and lends its fragment to all of these until
  // synthesis renders the stack, the stack's rendering here included. In a stack without versions nothing hashes its
  // functions (a Version in another stack would render the function itself, as without the loan), and the stack's
  // rendering would only resolve each lent fragment a second time.
  const ofType = (type: string) => (element: CfnElement): element is CfnResource =>
    CfnResource.isCfnResource(element) && element.cfnResourceType === type;
  const functions = rendered.some(ofType('AWS::Lambda::Version')) ? rendered.filter(ofType('AWS::Lambda::Function')) : [];
  loans.set(stack, functions);
  for (const fn of functions) {
    let fragment: TemplateJson;
    try {
      fragment = stack.resolve((fn as any)[RENDER]());
    } catch {
      continue; // synthesis reports it
    }
    Object.defineProperty(fn, RENDER, { configurable: true, writable: true, value: () => fragment });
  }
  let template: TemplateJson;
  try {
    template = (stack as any)[RENDER]();
  } catch {
    // Synthesis will report why; meanwhile the rules read the stack's resources one by one.
    withdraw(loans, stack);
    return undefined;
  }
  const logicalIds = readOffLogicalIds(rendered, template);
  Object.defineProperty(stack, RENDER, {
    configurable: true,
    writable: true,
    value: () => {
      withdraw(loans, stack);
      return withElementsAddedSince(stack, template, rendered) ?? (stack as any)[RENDER]();
    },
  });
  return { template, logicalIds };
}

/** `template` with the elements added to the stack after `rendered` merged in; `undefined` if the stack changed otherwise. */
function withElementsAddedSince(stack: Stack, template: TemplateJson, rendered: CfnElement[]): TemplateJson | undefined {
  const now = cfnElements(stack);
  if (now.length < rendered.length || rendered.some((element, i) => now[i] !== element)) return undefined;
  for (const element of now.slice(rendered.length)) {
    const fragment = stack.resolve((element as any)[RENDER]()) as TemplateJson;
    for (const [section, entries] of Object.entries(fragment)) {
      const existing = template[section];
      if (existing === undefined) {
        template[section] = entries;
      } else if (Object.keys(entries ?? {}).some(id => id in existing)) {
        return undefined; // a clash: let aws-cdk-lib render the stack and report it
      } else {
        Object.assign(existing, entries);
      }
    }
  }
  return template;
}

/**
 * The stack's elements in the order aws-cdk-lib renders them (its own `cfnElements`: pre-order, nested stacks' elements
 * left out). Found with constructs' own walk (`findAll`), which aws-cdk-lib runs in every synthesis, so that V8 has it
 * compiled already, rather than with a walk of our own that it would compile anew.
 */
function cfnElements(stack: Stack): CfnElement[] {
  return stack.node.findAll().filter((construct): construct is CfnElement => CfnElement.isCfnElement(construct) && construct.stack === stack);
}

function withdraw(loans: Map<Stack, CfnResource[]>, stack: Stack): void {
  delete (stack as any)[RENDER];
  for (const fn of loans.get(stack) ?? []) delete (fn as any)[RENDER];
  loans.delete(stack);
}

/**
 * Withdraws every template still lent out in the Stage of `scope`. A loan lives from the validation phase to the
 * rendering of its stack; one still out when aspects run again belongs to a synthesis that stopped in between
 * (another validation failed), and the tree may have changed since.
 */
export function withdrawOutstandingLoans(scope: IConstruct): void {
  const root = synthesisRoot(scope);
  const loans = LOANS.get(root);
  if (!loans) return;
  for (const stack of [...loans.keys()]) withdraw(loans, stack);
  LOANS.delete(root);
}

/** Every L1 resource under a root, indexed for the rules' lookups. */
export class LambdaModel {
  /** Builds the model of every CloudFormation resource under `root`. */
  public static of(root: IConstruct): LambdaModel {
    const resources: ModelResource[] = [];
    // One walk of the Stage, constructs' own (see cfnElements), in pre-order: each stack's elements come in the order
    // aws-cdk-lib renders them (a model of part of a Stage, in tests, lets each stack find its own). Nested Stages are
    // synthesized apart, as aws-cdk-lib's own walks skip them: their stacks' elements are left out.
    const elements = new Map<Stack, CfnElement[]>();
    const templates = new StackTemplates(Stage.isStage(root) || root.node.scope === undefined ? elements : new Map());
    const stage = synthesisRoot(root);
    for (const construct of root.node.findAll()) {
      if (!CfnElement.isCfnElement(construct)) continue;
      const stack = construct.stack;
      if (synthesisRoot(stack) !== stage) continue;
      const list = elements.get(stack);
      if (list) list.push(construct);
      else elements.set(stack, [construct]);
      if (CfnResource.isCfnResource(construct)) resources.push(new ModelResource(construct, stack, templates));
    }
    return new LambdaModel(resources, templates);
  }

  private readonly byType: Map<string, ModelResource[]>;
  private readonly byStack: Map<Stack, ModelResource[]>;
  /**
   * The types whose resources are loaded (`ofType`). Each resource remembers it too, but the rules call ofType ~70
   * times a synthesis: asking every resource each time cost 97 million instructions at 200 functions (BENCHMARKS.md).
   */
  private readonly loadedTypes = new Set<string>();
  private byLogicalId?: Map<Stack, Map<string, ModelResource>>;
  private byConstruct?: Map<IConstruct, ModelResource>;
  /** Per type, how many of its resources set each top-level property. */
  private readonly propertyCounts = new Map<string, Map<string, number>>();

  /**
   * `resources`: every L1 resource of the app, not loaded (their type, stack, construct, path and logical id only):
   * their properties are read through the resources the other methods hand out, which are loaded.
   */
  private constructor(public readonly resources: ModelResource[], private readonly templates: StackTemplates) {
    this.byType = groupBy(resources, resource => resource.type);
    this.byStack = groupBy(resources, resource => resource.stack);
  }

  /** The resource of an L1 construct of the app. */
  public ofConstruct(construct: IConstruct): ModelResource | undefined {
    this.byConstruct ??= new Map(this.resources.map(resource => [resource.construct, resource]));
    return this.byConstruct.get(construct)?.load();
  }

  /** Every resource of the given CloudFormation type. */
  public ofType(type: string): ModelResource[] {
    const resources = this.byType.get(type);
    if (!resources) return [];
    if (!this.loadedTypes.has(type)) {
      this.loadedTypes.add(type);
      for (const resource of resources) resource.load();
    }
    return resources;
  }

  /**
   * The resources of `type` that set at least one of the top-level `properties` (all of them when `properties` is
   * undefined). A rule about properties most resources leave out reads only the resources that set them; which
   * properties a type's resources set is learnt in one pass.
   */
  public ofTypeWith(type: string, properties: readonly string[] | undefined): ModelResource[] {
    const resources = this.ofType(type);
    if (properties === undefined) return resources;
    let setBy = this.propertyCounts.get(type);
    if (!setBy) {
      setBy = new Map<string, number>();
      for (const resource of resources) {
        for (const property of Object.keys(resource.properties)) setBy.set(property, (setBy.get(property) ?? 0) + 1);
      }
      this.propertyCounts.set(type, setBy);
    }
    const counts = properties.map(property => setBy.get(property) ?? 0);
    if (counts.every(count => count === 0)) return [];
    if (counts.some(count => count === resources.length)) return resources;
    return resources.filter(resource => properties.some(property => resource.properties[property] !== undefined));
  }

  /**
   * The `Resources` section of `stack`'s template as synthesis writes it: the rendered template's own (lent to
   * synthesis: never to be changed), or, when the stack cannot be rendered whole, its resources' entries rendered one
   * by one.
   */
  public resourcesSection(stack: Stack): Readonly<Record<string, unknown>> {
    const rendered = this.templates.resources(stack);
    if (rendered) return rendered;
    const section: Record<string, unknown> = {};
    for (const resource of this.byStack.get(stack) ?? []) section[resource.logicalId] = resource.load().templateEntry;
    return section;
  }

  /** The resource with `logicalId` in `stack`. */
  public findByLogicalId(stack: Stack, logicalId: string): ModelResource | undefined {
    if (!this.byLogicalId) {
      // Filled in loops rather than from arrays of pairs: it holds every resource of the app.
      this.byLogicalId = new Map();
      for (const [s, list] of this.byStack) {
        const ids = new Map<string, ModelResource>();
        for (const resource of list) ids.set(resource.logicalId, resource);
        this.byLogicalId.set(s, ids);
      }
    }
    return this.byLogicalId.get(stack)?.get(logicalId)?.load();
  }

  /**
   * The same-stack resource a resolved value points at: `{ Ref: X }` or `{ 'Fn::GetAtt': [X, attr] }`.
   * Returns `undefined` for literals, imports and anything else.
   */
  public referenced(from: ModelResource, value: unknown): ModelResource | undefined {
    // Any object may be a reference (an intrinsic is one): no need to tell them apart first.
    const object = value as Record<string, unknown> | undefined;
    if (!object || typeof object !== 'object') return undefined;
    const ref = stringValue(object.Ref);
    if (ref) return this.findByLogicalId(from.stack, ref);
    const getAtt = object['Fn::GetAtt'];
    if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') return this.findByLogicalId(from.stack, getAtt[0]);
    if (typeof getAtt === 'string') return this.findByLogicalId(from.stack, getAtt.split('.')[0]);
    return undefined;
  }
}

/** `items` grouped by `key`, each group in the items' order; items whose key is `undefined` (unknown) are left out. */
export function groupBy<K, T>(items: T[], key: (item: T) => K | undefined): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const itemKey = key(item);
    if (itemKey === undefined) continue;
    const group = groups.get(itemKey);
    if (group) group.push(item);
    else groups.set(itemKey, [item]);
  }
  return groups;
}

/**
 * `compute` remembered per model and key: the key is a resource of the model or an object of its resolved properties
 * (each evaluation renders its own), so a lookup that several rules make is made once.
 */
export function perModel<K extends object, T>(compute: (model: LambdaModel, key: K) => T): (model: LambdaModel, key: K) => T {
  const cacheOf = perObject((_model: LambdaModel) => new WeakMap<K, T>());
  return (model, key) => {
    const cache = cacheOf(model);
    // One look-up when the value is known (`has` is needed only to tell a remembered `undefined` from none).
    let value = cache.get(key);
    if (value !== undefined || cache.has(key)) return value as T;
    value = compute(model, key);
    cache.set(key, value);
    return value;
  };
}

/**
 * `compute` remembered per object, for what never changes once the object exists (a construct's Stage, a stack's path
 * or environment). A computed `undefined` is not remembered (none of these is one).
 */
export function perObject<K extends object, T>(compute: (key: K) => T): (key: K) => T {
  const cache = new WeakMap<K, T>();
  return key => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}
