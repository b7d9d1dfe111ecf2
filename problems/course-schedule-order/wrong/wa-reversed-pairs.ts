/**
 * WRONG (WA): reads each pair [a, b] as "a before b", the opposite of the
 * statement. Cycles are still found, but every valid order comes out reversed.
 */
export function findOrder(numCourses: number, prerequisites: number[][]): number[] {
  const pending = new Array<number>(numCourses).fill(0);
  const after: number[][] = Array.from({ length: numCourses }, () => []);
  for (const [first, second] of prerequisites) {
    after[first!]!.push(second!);
    pending[second!]!++;
  }
  const order: number[] = [];
  for (let course = 0; course < numCourses; course++) if (pending[course] === 0) order.push(course);
  for (let read = 0; read < order.length; read++) {
    for (const course of after[order[read]!]!) {
      if (--pending[course]! === 0) order.push(course);
    }
  }
  return order.length === numCourses ? order : [];
}
