/**
 * `--reporter html`: one self-contained page for a teacher (no network, no external file). A table of
 * submitters by problems that sorts by any column when its header is clicked; each cell opens its
 * cases with verdicts and times, and a bar chart of the time of each case. All text is escaped.
 */
import type { GradeResult } from '../../judge/grade/report.ts';
import { cellOf, incompleteNote, resultOf, seconds, submitterName, type GradeReporter } from './reporter.ts';
import { plural } from '../../util/text.ts';

export const gradeHtmlReporter: GradeReporter = {
  render(report) {
    const head = ['submitter', ...report.problems, 'accepted'].map((name, column) => `<th data-column="${column}" tabindex="0">${html(name)}</th>`).join('');
    const rows = report.submitters.map((submitter) => {
      const cells = report.problems.map((problem) => resultCell(cellOf(report, submitter, problem)));
      const accepted = report.problems.filter((problem) => resultOf(report, submitter, problem)?.verdict === 'AC').length;
      return `<tr><td data-sort="${html(submitterName(submitter))}">${html(submitterName(submitter))}</td>${cells.join('')}<td data-sort="${accepted}">${accepted}/${report.problems.length}</td></tr>`;
    });
    const unmatched = report.unmatched.length === 0 ? '' : `<h2>Files that matched no problem</h2><ul>${report.unmatched.map((item) => `<li><code>${html(item.file)}</code>: ${html(item.reason)}</li>`).join('')}</ul>`;
    const { summary } = report;
    return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>kata grade</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<style>${STYLE}</style></head><body>
<h1>kata grade</h1>
<p id="summary">${summary.accepted}/${summary.solutions} ${plural(summary.solutions, 'solution')} accepted${summary.missing > 0 ? `, ${summary.missing} not attempted` : ''}${incompleteNote(report) ? ` — <strong>${html(incompleteNote(report)!)}</strong>` : ''}. Click a column's header to sort by it; click a cell to see its cases.</p>
<table id="grades"><thead><tr>${head}</tr></thead><tbody>${rows.join('\n')}</tbody></table>
${unmatched}
<script>${SCRIPT}</script>
</body></html>
`;
  },
};

const RANK: Record<string, number> = { AC: 0, WA: 1, TLE: 2, MLE: 3, RE: 4, CE: 5 };

function resultCell(result: GradeResult | 'missing' | '-'): string {
  if (result === 'missing') return '<td class="missing" data-sort="9 missing">missing</td>';
  if (result === '-') return '<td class="missing" data-sort="9 -">-</td>';
  const rows = result.cases.map((c) => `<tr class="${c.verdict === 'AC' ? 'ok' : 'bad'}"><td>${html(c.id)}</td><td>${html(c.verdict)}</td><td>${c.verdict === 'SKIPPED' ? '' : html(seconds(c.timeMs))}</td><td>${html(c.message ?? '')}</td></tr>`);
  const message = result.message ? `<p class="message">${html(result.message)}</p>` : '';
  return `<td class="${result.verdict === 'AC' ? 'ok' : 'bad'}" data-sort="${RANK[result.verdict] ?? 8} ${html(result.verdict)} ${result.total - result.passed}"><details><summary>${html(result.verdict)} ${result.passed}/${result.total}</summary>${message}${chart(result)}<table class="cases"><tr><th>case</th><th>verdict</th><th>time</th><th>message</th></tr>${rows.join('')}</table></details></td>`;
}

/** An SVG bar per case: its time, scaled to the slowest; red when not accepted. */
function chart(result: GradeResult): string {
  const ran = result.cases.filter((c) => c.verdict !== 'SKIPPED');
  if (ran.length === 0) return '';
  const slowest = Math.max(...ran.map((c) => c.timeMs), 0.001);
  const width = 8;
  const bars = ran.map((c, i) => {
    const height = Math.max(1, Math.round((c.timeMs / slowest) * 60));
    return `<rect x="${i * width}" y="${60 - height}" width="${width - 2}" height="${height}" class="${c.verdict === 'AC' ? 'ok' : 'bad'}"><title>${html(`${c.id}: ${c.verdict}, ${seconds(c.timeMs)}`)}</title></rect>`;
  });
  return `<svg class="chart" role="img" aria-label="time per case" width="${ran.length * width}" height="60" viewBox="0 0 ${ran.length * width} 60">${bars.join('')}</svg>`;
}

function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const STYLE = `body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}
#grades th{cursor:pointer;background:#f4f4f4}#grades th[aria-sort]::after{content:" \\2195"}.ok{color:#17702b}.bad{color:#b42318}.missing{color:#888}
.cases td,.cases th{font-size:12px}.chart rect.ok{fill:#3a9a4f}.chart rect.bad{fill:#d0453a}.chart{display:block;margin:6px 0}.message{max-width:40em;white-space:pre-wrap}`;

/** Sorting: click a header; numbers sort as numbers, the rest as text (a result cell's key is its verdict's rank, then cases failed); a second click reverses. */
const SCRIPT = `(function(){var table=document.getElementById('grades');var body=table.tBodies[0];
function key(row,column){var cell=row.cells[column];var text=cell.getAttribute('data-sort')||cell.textContent;var number=Number(text);return isNaN(number)?text.toLowerCase():number;}
function sort(th){var column=Number(th.getAttribute('data-column'));var ascending=th.getAttribute('aria-sort')!=='ascending';
Array.prototype.forEach.call(table.tHead.rows[0].cells,function(h){h.removeAttribute('aria-sort');});th.setAttribute('aria-sort',ascending?'ascending':'descending');
var rows=Array.prototype.slice.call(body.rows);rows.sort(function(a,b){var x=key(a,column),y=key(b,column);var c=x<y?-1:x>y?1:0;return ascending?c:-c;});
rows.forEach(function(row){body.appendChild(row);});}
Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th){th.addEventListener('click',function(){sort(th);});th.addEventListener('keydown',function(e){if(e.key==='Enter')sort(th);});});})();`;
