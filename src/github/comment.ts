// One pull request comment per report, found again by its hidden marker and updated in place.
import * as github from '@actions/github';
import { KEEP, MARKER } from '../report/markdown.js';

type Octokit = ReturnType<typeof github.getOctokit>;

/** GitHub refuses comment bodies (and check run summaries) over 65,536 characters; a margin for its counting. */
export const MAX_COMMENT = 65_000;

/** Where the whole report is, named in a cut comment. */
interface FullReport {
  /** The job summary's page (the workflow run). */
  summaryUrl?: string;
  /** The artifact that holds report.md. */
  artifact?: string;
}

interface Section {
  text: string;
  keep: boolean;
  title: string;
}

/**
 * Cuts the report into sections at top-level boundaries: a heading, a `<details>` block or a KEEP mark
 * (the section after it must stay; so do the first, which holds the MARKER, and the title's, with the
 * verdict). Never inside a code fence or an open `<details>`, so a table (which only ever follows a
 * heading) is never split.
 */
export function sections(body: string): Section[] {
  const out: Section[] = [];
  let depth = 0;
  let fence = false;
  let afterKeep = false;
  let titled = false;
  for (const line of body.split('\n')) {
    const top = !fence && depth === 0;
    const heading = top && /^#{1,6} /.test(line);
    const boundary = top && !afterKeep && (line === KEEP || heading || line.startsWith('<details'));
    if (boundary || !out.length) out.push({ text: line, keep: line === KEEP || !out.length || (heading && !titled), title: titleOf(line) });
    else {
      const s = out[out.length - 1]!;
      s.text += `\n${line}`;
      if (!s.title) s.title = titleOf(line);
    }
    titled ||= heading;
    afterKeep = top && line === KEEP;
    if (/^(```|~~~)/.test(line)) fence = !fence;
    if (!fence) depth = Math.max(0, depth + (line.match(/<details[\s>]/g)?.length ?? 0) - (line.match(/<\/details>/g)?.length ?? 0));
  }
  return out;
}

const titleOf = (line: string) => /^#{1,6} (.*)/.exec(line)?.[1] ?? /<summary>(.*?)<\/summary>/.exec(line)?.[1] ?? '';

/** A section cut to `max` characters at a line that closes everything open, saying how much is left out. */
function shrink(text: string, max: number): string {
  const lines = text.split('\n');
  let kept = '';
  let rows = 0;
  for (const [i, line] of lines.entries()) {
    const next = i ? `${kept}\n${line}` : line;
    if (next.length + 200 > max) {
      rows = lines.slice(i).filter((l) => l.startsWith('|')).length;
      break;
    }
    kept = next;
  }
  const open = (kept.match(/<details[\s>]/g)?.length ?? 0) - (kept.match(/<\/details>/g)?.length ?? 0);
  const fenced = (kept.match(/^(```|~~~)/gm)?.length ?? 0) % 2 === 1;
  return `${kept}${fenced ? '\n```' : ''}\n\n_… ${rows ? `${rows} more row(s)` : 'the rest of this section'} in the full report._\n${'\n</details>'.repeat(Math.max(0, open))}`;
}

/**
 * The report as one pull request comment: whole when it fits, else cut at section boundaries. The
 * sections marked KEEP (the verdict, the regressions, the provenance) stay; the others stay in order
 * while they fit, and a note where the first one was left out says which are missing and where the
 * whole report is.
 */
export function fitComment(body: string, full: FullReport = {}): string {
  if (body.length <= MAX_COMMENT) return body;
  const all = sections(body);
  const where = [full.summaryUrl ? `the [job summary](${full.summaryUrl})` : 'the job summary', full.artifact && `the artifact \`${full.artifact}\` (report.md)`].filter(Boolean).join(' and ');
  const note = (left: Section[]) =>
    `> [!NOTE]\n> Cut to fit a pull request comment (GitHub takes at most 65,536 characters): ${left.length ? `left out ${left.map((s) => s.title ? `“${s.title}”` : 'a section').join(', ')}` : 'shortened the sections above'}. The whole report is in ${where}.\n`;
  // Room for the note naming every section, whatever is left out in the end.
  let room = MAX_COMMENT - note(all.filter((s) => !s.keep)).length - 2 * all.length;
  // The sections to keep share what room there is: the small ones whole, the largest shortened.
  const keepers = all.filter((s) => s.keep).sort((a, b) => a.text.length - b.text.length);
  const allowance = new Map<Section, number>();
  keepers.forEach((s, i) => {
    const share = Math.floor(room / (keepers.length - i));
    allowance.set(s, Math.min(s.text.length, share));
    room -= allowance.get(s)!;
  });
  const chosen = all.map((s) => {
    if (s.keep) return { ...s, text: allowance.get(s)! < s.text.length ? shrink(s.text, allowance.get(s)!) : s.text, left: false };
    const fits = s.text.length + 1 <= room;
    if (fits) room -= s.text.length + 1;
    return { ...s, left: !fits };
  });
  const left = chosen.filter((s) => s.left);
  // The note goes where the first section was left out, else (only kept sections, shortened) at the end.
  const at = left.length ? chosen.indexOf(left[0]!) : chosen.length;
  const parts = chosen.map((s) => (s.left ? undefined : s.text));
  parts.splice(at, 0, note(left));
  return parts.filter((p): p is string => p !== undefined).join('\n');
}

/** This workflow run's page, where its job summary is. */
export const runUrl = () => `${github.context.serverUrl}/${github.context.repo.owner}/${github.context.repo.repo}/actions/runs/${github.context.runId}`;

export interface Where {
  owner: string;
  repo: string;
  issueNumber: number;
}

export async function upsertComment(octokit: Octokit, where: Where, body: string): Promise<{ action: 'created' | 'updated'; id: number; url: string }> {
  const { owner, repo, issueNumber } = where;
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 });
  const mine = comments.find((c) => c.body?.includes(MARKER));
  if (mine) {
    const r = await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });
    return { action: 'updated', id: r.data.id, url: r.data.html_url };
  }
  const r = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
  return { action: 'created', id: r.data.id, url: r.data.html_url };
}
