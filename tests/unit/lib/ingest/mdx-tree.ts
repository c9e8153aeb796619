/**
 * A tiny JSX runtime that builds a plain tree, so compiled MDX can be run in a test (`run(code,
 * { ...runtime, baseUrl })`) and read back as text: shared by the draft and publish tests.
 */

/** An element of the plain tree. */
export type El = { type: unknown; props: { children?: unknown } };

export const runtime = {
  Fragment: Symbol('Fragment'),
  jsx: (type: unknown, props: El['props']): El => ({ type, props }),
  jsxs: (type: unknown, props: El['props']): El => ({ type, props }),
};

/** The text of a node of the tree, components run. */
export function textOf(node: unknown): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  const el = node as El;
  if (typeof el.type === 'function') return textOf((el.type as (p: unknown) => unknown)(el.props));
  return textOf(el.props.children);
}
