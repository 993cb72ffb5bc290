import { App, Stack } from 'aws-cdk-lib';
import { groupBy, LambdaModel, ModelResource, perModel, perObject } from '../../lib/validation/model';
import { cfnFunction } from './helpers';

const FUNCTION = 'AWS::Lambda::Function';

/** Three functions: two with a description, one with layers too. */
function model(): LambdaModel {
  const stack = new Stack(new App(), 'Stack');
  cfnFunction(stack, 'Plain');
  cfnFunction(stack, 'Described', { description: 'orders' });
  cfnFunction(stack, 'Layered', { description: 'reports', layers: ['arn:aws:lambda:us-east-1:123456789012:layer:l:1'] });
  return LambdaModel.of(stack);
}

const ids = (resources: ModelResource[]) => resources.map(resource => resource.construct.node.id);

describe('LambdaModel.ofTypeWith', () => {
  test('returns the resources that set one of the properties, in the model order', () => {
    const m = model();
    expect(ids(m.ofTypeWith(FUNCTION, ['Layers']))).toEqual(['Layered']);
    expect(ids(m.ofTypeWith(FUNCTION, ['Description']))).toEqual(['Described', 'Layered']);
    expect(ids(m.ofTypeWith(FUNCTION, ['Layers', 'Description']))).toEqual(['Described', 'Layered']);
  });

  test('returns nothing when no resource sets any of them, and every resource when each sets one', () => {
    const m = model();
    expect(m.ofTypeWith(FUNCTION, ['SnapStart', 'VpcConfig'])).toEqual([]);
    expect(m.ofTypeWith(FUNCTION, ['Role'])).toBe(m.ofType(FUNCTION));
    expect(m.ofTypeWith(FUNCTION, undefined)).toBe(m.ofType(FUNCTION));
    expect(m.ofTypeWith('AWS::Lambda::Alias', ['Name'])).toEqual([]);
  });

  test('a property set by an escape-hatch override counts', () => {
    const stack = new Stack(new App(), 'Stack');
    const fn = cfnFunction(stack, 'Overridden');
    fn.addPropertyOverride('SnapStart', { ApplyOn: 'PublishedVersions' });
    expect(LambdaModel.of(stack).ofTypeWith(FUNCTION, ['SnapStart'])).toHaveLength(1);
  });
});

describe('perModel', () => {
  test('computes once per model and key', () => {
    const compute = jest.fn((_m: LambdaModel, resource: ModelResource) => resource.path);
    const lookup = perModel(compute);
    const first = model();
    const [a, b] = first.ofType(FUNCTION);
    expect([lookup(first, a), lookup(first, a), lookup(first, b)]).toEqual([a.path, a.path, b.path]);
    expect(compute).toHaveBeenCalledTimes(2);
    const second = model();
    lookup(second, second.ofType(FUNCTION)[0]);
    expect(compute).toHaveBeenCalledTimes(3);
  });

  test('remembers an undefined answer too', () => {
    const compute = jest.fn(() => undefined);
    const lookup = perModel(compute);
    const m = model();
    lookup(m, m.resources[0]);
    lookup(m, m.resources[0]);
    expect(compute).toHaveBeenCalledTimes(1);
  });
});

test('perObject computes once per object, each object its own value', () => {
  const compute = jest.fn((item: { name: string }) => item.name.toUpperCase());
  const lookup = perObject(compute);
  const a = { name: 'a' };
  const b = { name: 'b' };
  expect([lookup(a), lookup(a), lookup(b), lookup(b)]).toEqual(['A', 'A', 'B', 'B']);
  expect(compute).toHaveBeenCalledTimes(2);
});

test('groupBy keeps the items order in each group and leaves out unknown keys', () => {
  const groups = groupBy(['a1', 'b1', 'x', 'a2'], item => item.length === 2 ? item[0] : undefined);
  expect([...groups.entries()]).toEqual([['a', ['a1', 'a2']], ['b', ['b1']]]);
});

test('a released resource reads as unknown, never as a resource with no properties', () => {
  const m = model();
  const [fn] = m.ofType(FUNCTION);
  expect(fn.resolvable).toBe(true);
  expect(Object.keys(fn.properties)).toEqual(expect.arrayContaining(['Code', 'Role']));
  fn.release();
  expect(fn.resolvable).toBe(false);
  expect(fn.properties).toEqual({});
});

test('a resource the model has not handed out reads as unknown until it is loaded', () => {
  const m = model();
  const fn = m.resources.find(resource => resource.type === FUNCTION)!;
  expect({ resolvable: fn.resolvable, properties: fn.properties }).toEqual({ resolvable: false, properties: {} });
  expect(m.ofType(FUNCTION)).toContain(fn);
  expect(fn.resolvable).toBe(true);
  expect(Object.keys(fn.properties)).toEqual(expect.arrayContaining(['Code', 'Role']));
});
