/**
 * WRONG (TLE): correct, but finds each next course by scanning all courses from
 * label 0 for one that is not taken yet and has no unfinished prerequisite.
 * That is O(numCourses^2): when the order runs from the highest label down,
 * every scan walks almost the whole array.
 */
export function findOrder(numCourses: number, prerequisites: number[][]): number[] {
  const pending = new Int32Array(numCourses);
  const after: number[][] = Array.from({ length: numCourses }, () => []);
  for (const [course, before] of prerequisites) {
    after[before!]!.push(course!);
    pending[course!]!++;
  }
  const taken = new Uint8Array(numCourses);
  const order: number[] = [];
  while (order.length < numCourses) {
    let found = -1;
    for (let course = 0; course < numCourses; course++) {
      if (taken[course] === 0 && pending[course] === 0) {
        found = course;
        break;
      }
    }
    if (found === -1) return [];
    taken[found] = 1;
    order.push(found);
    for (const course of after[found]!) pending[course]!--;
  }
  return order;
}
