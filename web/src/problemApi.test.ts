import { describe, expect, it } from 'vitest';
import { allowedParentKinds, childrenOf, type DriverNode } from './problemApi';

const node = (id: number, parent_id: number | null, position: number): DriverNode => ({
  id, parent_id, kind: parent_id === null ? 'primary' : 'secondary', text: `n${id}`, measure: null, position, version: 1,
});

describe('the driver diagram in the browser', () => {
  it('offers only the places the server allows', () => {
    expect(allowedParentKinds('primary')).toEqual([null]);
    expect(allowedParentKinds('secondary')).toEqual(['primary']);
    expect(allowedParentKinds('change_idea')).toEqual(['primary', 'secondary']);
  });

  it('lists a parent’s children in their order, ties by id', () => {
    const nodes = [node(3, null, 2), node(1, null, 1), node(4, 1, 1), node(2, null, 2)];
    expect(childrenOf(nodes, null).map((n) => n.id)).toEqual([1, 2, 3]);
    expect(childrenOf(nodes, 1).map((n) => n.id)).toEqual([4]);
  });
});
