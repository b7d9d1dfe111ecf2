/**
 * Push every opening bracket; a closing bracket must match the bracket on top of the stack, which
 * it then removes. The string is balanced when no closer fails and the stack ends empty. O(n).
 */
export function isValid(s: string): boolean {
  const stack: string[] = [];
  for (const c of s) {
    if (c === '(') stack.push(')');
    else if (c === '[') stack.push(']');
    else if (c === '{') stack.push('}');
    else if (stack.pop() !== c) return false;
  }
  return stack.length === 0;
}
