/**
 * Kahn's algorithm: repeatedly take a course none of whose prerequisites is still
 * pending. O(numCourses + prerequisites.length). If some courses are never freed,
 * they lie on (or behind) a cycle and no order exists.
 */
export function findOrder(numCourses: number, prerequisites: number[][]): number[] {
  const pending = new Int32Array(numCourses);
  const head = new Int32Array(numCourses).fill(-1);
  const next = new Int32Array(prerequisites.length);
  const target = new Int32Array(prerequisites.length);
  prerequisites.forEach(([course, before], index) => {
    // edge before -> course
    target[index] = course!;
    next[index] = head[before!]!;
    head[before!] = index;
    pending[course!]!++;
  });
  const order: number[] = [];
  for (let course = 0; course < numCourses; course++) if (pending[course] === 0) order.push(course);
  for (let read = 0; read < order.length; read++) {
    for (let edge = head[order[read]!]!; edge !== -1; edge = next[edge]!) {
      const course = target[edge]!;
      if (--pending[course]! === 0) order.push(course);
    }
  }
  return order.length === numCourses ? order : [];
}
