import { describe, expect, it } from 'vitest';
import { SignatureSchema } from '../../../src/problem/schema.ts';
import { answerType, parseSignature, renderSignature, structuresImport, type FunctionSignature } from '../../../src/problem/signature.ts';
import { formatType } from '../../../src/problem/types.ts';

const lca = {
  function: 'lowestCommonAncestor',
  params: [
    { name: 'root', type: 'TreeNode' },
    { name: 'p', type: 'TreeNode', nodeOf: 'root' },
    { name: 'q', type: 'TreeNode', nodeOf: 'root' },
  ],
  returns: { type: 'TreeNode', nodeOf: 'root' },
};

describe('signatures', () => {
  it('renders the TypeScript a solver sees', () => {
    const signature = parseSignature(SignatureSchema.parse(lca)) as FunctionSignature;
    expect(renderSignature(signature)).toBe('function lowestCommonAncestor(root: TreeNode | null, p: TreeNode, q: TreeNode): TreeNode | null');
    expect(structuresImport(signature)).toBe("import { TreeNode } from 'kata/structures';");
    expect(formatType(answerType(signature))).toBe('int | null');
  });

  it('judges a void function on its output parameter', () => {
    const signature = parseSignature(
      SignatureSchema.parse({ function: 'merge', params: [{ name: 'nums1', type: 'int[]' }, { name: 'm', type: 'int' }], returns: { type: 'void', output: 'nums1' } }),
    ) as FunctionSignature;
    expect(renderSignature(signature)).toBe('function merge(nums1: number[], m: number): void');
    expect(formatType(answerType(signature))).toBe('int[]');
    expect(structuresImport(signature)).toBe('');
  });

  it.each([
    [{ ...lca, returns: { type: 'void' } }, 'returns.output'],
    [{ ...lca, returns: { type: 'void', output: 'nope' } }, 'returns.output'],
    [{ ...lca, params: [{ name: 'p', type: 'int', nodeOf: 'root' }] }, 'params.0.nodeOf'],
    [{ ...lca, params: [lca.params[0], lca.params[0]] }, 'params.1.name'],
    [{ ...lca, function: 'not valid' }, 'function'],
  ])('rejects an inconsistent signature at %#', (json, path) => {
    const result = SignatureSchema.safeParse(json);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });
});
