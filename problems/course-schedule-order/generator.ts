import type { Random } from 'kata/random';

/**
 * `size` courses and (up to) `size` distinct prerequisite pairs. The seed picks the shape:
 * - seed % 3 == 0: a random acyclic graph (edges follow a hidden random order of the courses);
 * - seed % 3 == 1: a chain where course i needs course i + 1 (so course size-1 comes first),
 *   plus random edges that agree with it: scanning from course 0 for a free course is quadratic;
 * - seed % 3 == 2: a random acyclic graph plus one cycle through a few courses: the answer is [].
 */
export function generate(random: Random, size: number): { numCourses: number; prerequisites: number[][] } {
  const numCourses = Math.max(1, size);
  const mode = random.seed % 3;
  const wanted = Math.min(size, (numCourses * (numCourses - 1)) / 2);
  const seen = new Set<number>();
  const prerequisites: number[][] = [];
  const add = (course: number, before: number): void => {
    const key = course * numCourses + before;
    if (course === before || seen.has(key)) return;
    seen.add(key);
    prerequisites.push([course, before]);
  };

  if (mode === 1) {
    for (let course = 0; course + 1 < numCourses && prerequisites.length < wanted; course++) add(course, course + 1);
    while (prerequisites.length < wanted) {
      const a = random.int(0, numCourses - 1);
      const b = random.int(0, numCourses - 1);
      if (a !== b) add(Math.min(a, b), Math.max(a, b));
    }
    return { numCourses, prerequisites: random.shuffle(prerequisites) };
  }

  const order = random.shuffle(Array.from({ length: numCourses }, (_, course) => course));
  if (mode === 2 && numCourses >= 2) {
    // a cycle of 2..6 distinct courses; the acyclic edges below cannot break it
    const length = random.int(2, Math.min(6, numCourses));
    const cycle = random.shuffle(order).slice(0, length);
    for (let index = 0; index < length; index++) add(cycle[index]!, cycle[(index + 1) % length]!);
  }
  while (prerequisites.length < wanted) {
    const i = random.int(0, numCourses - 1);
    const j = random.int(0, numCourses - 1);
    if (i === j) continue;
    // the course later in `order` needs the earlier one
    add(order[Math.max(i, j)]!, order[Math.min(i, j)]!);
  }
  return { numCourses, prerequisites: random.shuffle(prerequisites) };
}
