/** `kata merge-reports <json files...>`: the shards' JSON reports as one, rendered by any reporters. */
import { allAccepted, mergeReports } from '../../judge/grade/report.ts';
import { readGradeReport } from '../../judge/grade/read.ts';
import { EXIT, type CliContext } from '../context.ts';
import { parseDestinations, writeReports } from '../grade-output.ts';

export async function run(context: CliContext, files: string[], options: { reporter: string[]; output?: string; json?: boolean }): Promise<number> {
  const destinations = parseDestinations(context, options.reporter, options);
  const reports = files.map((file) => readGradeReport(context.resolvePath(file), file));
  const merged = mergeReports(reports, files);
  if (!writeReports(context, merged, destinations)) return EXIT.INTERNAL;
  return allAccepted(merged) && !merged.incomplete ? EXIT.OK : EXIT.NOT_ACCEPTED;
}
