/** What bounds cannot say: every course named is below numCourses, and no course needs itself. */
export function validate(input: { numCourses: number; prerequisites: number[][] }): string | undefined {
  for (const [i, pair] of input.prerequisites.entries()) {
    const [a, b] = pair as [number, number];
    if (a >= input.numCourses || b >= input.numCourses) return `prerequisites[${i}] = [${a}, ${b}] names a course not below numCourses = ${input.numCourses}`;
    if (a === b) return `prerequisites[${i}] = [${a}, ${b}]: a course cannot need itself`;
  }
  return undefined;
}
