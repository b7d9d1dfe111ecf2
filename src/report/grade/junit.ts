/**
 * `--reporter junit`: JUnit XML as CI systems read it (Jenkins, GitLab, Azure, GitHub test reporters).
 * One testsuite per submitter and problem, one testcase per case; WA, TLE and MLE are failures, RE and
 * CE errors, skipped cases skipped. A message about the whole solution (a compile error, a signature
 * that does not match) is a testcase of its own, `solution`. A problem not attempted is a failed
 * testsuite; a file that matched no problem, a skipped testcase. Times are in seconds.
 */
import type { GradeReport, GradeResult } from '../../judge/grade/report.ts';
import type { CaseResult } from '../../judge/verdict.ts';
import { compactJson } from '../../util/text.ts';
import { resultName, type GradeReporter } from './reporter.ts';

const DETAIL_CAP = 2000;

export const gradeJunitReporter: GradeReporter = {
  render(report) {
    const suites = [...report.results.map(resultSuite), ...report.missing.map((m) => missingSuite(m.submitter, m.slug)), ...(report.unmatched.length > 0 ? [unmatchedSuite(report)] : [])];
    const totals = suites.reduce((sum, suite) => ({ tests: sum.tests + suite.tests, failures: sum.failures + suite.failures, errors: sum.errors + suite.errors, skipped: sum.skipped + suite.skipped, time: sum.time + suite.time }), { tests: 0, failures: 0, errors: 0, skipped: 0, time: 0 });
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<testsuites name="kata grade" ${counts(totals)}>`,
      ...suites.map((suite) => suite.xml),
      '</testsuites>',
      '',
    ].join('\n');
  },
};

interface Suite {
  xml: string;
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
  time: number;
}

interface TestCase {
  name: string;
  time: number;
  outcome?: { tag: 'failure' | 'error' | 'skipped'; type: string; message: string; body?: string };
}

function resultSuite(result: GradeResult): Suite {
  const testcases: TestCase[] = result.cases.map(caseTest);
  if (result.message !== undefined) testcases.unshift({ name: 'solution', time: 0, outcome: { tag: tagOf(result.verdict), type: result.verdict, message: result.message } });
  const properties = `<properties><property name="verdict" value="${xml(result.verdict)}"/><property name="file" value="${xml(result.solution)}"/></properties>`;
  return suite(resultName(result), testcases, properties);
}

function caseTest(result: CaseResult): TestCase {
  const time = result.timeMs / 1000;
  if (result.verdict === 'AC') return { name: result.id, time };
  const message = result.message ?? result.verdict;
  if (result.verdict === 'SKIPPED') return { name: result.id, time, outcome: { tag: 'skipped', type: 'SKIPPED', message: 'not run: an earlier case failed' } };
  // Bounded: an answer that shares one large part many times would expand without end as JSON.
  const show = (value: unknown) => compactJson(value, DETAIL_CAP);
  const body = result.detail ? [`input: ${show(result.detail.input)}`, `expected: ${show(result.detail.expected)}`, ...('actual' in result.detail ? [`actual: ${show(result.detail.actual)}`] : [])].join('\n') : undefined;
  return { name: result.id, time, outcome: { tag: tagOf(result.verdict), type: result.verdict, message, ...(body !== undefined && { body }) } };
}

function missingSuite(submitter: string | null, slug: string): Suite {
  return suite(resultName({ submitter, problem: slug }), [{ name: 'solution', time: 0, outcome: { tag: 'failure', type: 'missing', message: `no solution: ${slug}.ts was not found` } }]);
}

function unmatchedSuite(report: GradeReport): Suite {
  return suite('files that matched no problem', report.unmatched.map((item) => ({ name: item.file, time: 0, outcome: { tag: 'skipped', type: 'unmatched', message: item.reason } })));
}

function suite(name: string, testcases: TestCase[], properties = ''): Suite {
  const classname = name.replace(/\//g, '.');
  const count = (tag: string) => testcases.filter((testcase) => testcase.outcome?.tag === tag).length;
  const totals = { tests: testcases.length, failures: count('failure'), errors: count('error'), skipped: count('skipped'), time: testcases.reduce((sum, testcase) => sum + testcase.time, 0) };
  const body = testcases.map((testcase) => {
    const open = `    <testcase name="${xml(testcase.name)}" classname="${xml(classname)}" time="${testcase.time.toFixed(3)}"`;
    const outcome = testcase.outcome;
    if (!outcome) return `${open}/>`;
    const inner = outcome.body === undefined ? '/>' : `>${xml(outcome.body)}</${outcome.tag}>`;
    const type = outcome.tag === 'skipped' ? '' : ` type="${xml(outcome.type)}"`;
    return `${open}>\n      <${outcome.tag} message="${xml(outcome.message)}"${type}${inner}\n    </testcase>`;
  });
  const xmlText = [`  <testsuite name="${xml(name)}" ${counts(totals)}>`, ...(properties ? [`    ${properties}`] : []), ...body, '  </testsuite>'].join('\n');
  return { xml: xmlText, ...totals };
}

function counts(totals: Omit<Suite, 'xml'>): string {
  return `tests="${totals.tests}" failures="${totals.failures}" errors="${totals.errors}" skipped="${totals.skipped}" time="${totals.time.toFixed(3)}"`;
}

function tagOf(verdict: string): 'failure' | 'error' {
  return verdict === 'RE' || verdict === 'CE' ? 'error' : 'failure';
}

/** Text for an attribute or element: escaped, with characters XML 1.0 cannot hold replaced. */
function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;');
}
