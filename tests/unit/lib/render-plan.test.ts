import { describe, expect, it } from 'vitest';
import { renderPlan } from '../../../src/lib/render-plan.ts';

describe('renderPlan', () => {
  it('renders new and changed bodies, keeps those whose key is stored, and drops ids that are no longer articles', () => {
    const plan = renderPlan(
      new Map([
        ['kept', 'k1'],
        ['changed', 'k2-new'],
        ['new', 'k3'],
      ]),
      new Map<string, string | undefined>([
        ['kept', 'k1'],
        ['changed', 'k2-old'],
        ['gone', 'k4'],
      ]),
    );
    expect(plan).toEqual({ render: ['changed', 'new'], keep: ['kept'], drop: ['gone'] });
  });

  it('never keeps an entry stored without a digest', () => {
    expect(renderPlan(new Map([['a', 'k']]), new Map([['a', undefined]])).render).toEqual(['a']);
  });

  it('renders everything into an empty store, in the order given', () => {
    expect(renderPlan(new Map([['z', '1'], ['a', '2']]), new Map()).render).toEqual(['z', 'a']);
  });
});
