/**
 * WRONG (WA): Kahn's algorithm that forgets the final check. On a cycle it
 * returns the courses it managed to free (a partial order) instead of [].
 */
export function findOrder(numCourses: number, prerequisites: number[][]): number[] {
  const pending = new Array<number>(numCourses).fill(0);
  const after: number[][] = Array.from({ length: numCourses }, () => []);
  for (const [course, before] of prerequisites) {
    after[before!]!.push(course!);
    pending[course!]!++;
  }
  const order: number[] = [];
  for (let course = 0; course < numCourses; course++) if (pending[course] === 0) order.push(course);
  for (let read = 0; read < order.length; read++) {
    for (const course of after[order[read]!]!) {
      if (--pending[course]! === 0) order.push(course);
    }
  }
  return order;
}
