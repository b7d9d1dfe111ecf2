/**
 * Many orders are right. An answer is accepted when it is a permutation of
 * 0..numCourses-1 that puts every prerequisite before its course, or, when the
 * reference found a cycle (expected []), when it is [] as well.
 */
export function check(input: Record<string, unknown>, expected: unknown, actual: unknown): { verdict: 'AC' | 'WA'; message?: string } {
  const numCourses = input.numCourses as number;
  const prerequisites = input.prerequisites as number[][];
  const answer = actual as number[];
  const wa = (message: string) => ({ verdict: 'WA' as const, message });

  if ((expected as number[]).length === 0) {
    if (answer.length === 0) return { verdict: 'AC' };
    return wa(`the prerequisites contain a cycle, so no order exists and the answer must be [], but got an array of ${answer.length} course(s)`);
  }
  if (answer.length === 0) return wa(`returned [], but a valid order of all ${numCourses} courses exists`);

  const position = new Int32Array(numCourses).fill(-1);
  for (let index = 0; index < answer.length; index++) {
    const course = answer[index]!;
    if (!Number.isInteger(course) || course < 0 || course >= numCourses) {
      return wa(`answer[${index}] = ${course} is not a course: courses are 0..${numCourses - 1}`);
    }
    if (position[course] !== -1) return wa(`course ${course} appears twice, at answer[${position[course]}] and answer[${index}]`);
    position[course] = index;
  }
  if (answer.length !== numCourses) {
    let missing = 0;
    while (position[missing] !== -1) missing++;
    return wa(`course ${missing} is missing: the answer has ${answer.length} of the ${numCourses} courses`);
  }
  for (const [course, before] of prerequisites) {
    if (position[before!]! > position[course!]!) {
      return wa(`prerequisite [${course}, ${before}] is violated: course ${before} must come before course ${course}, but it is at answer[${position[before!]}] and course ${course} at answer[${position[course!]}]`);
    }
  }
  return { verdict: 'AC' };
}
