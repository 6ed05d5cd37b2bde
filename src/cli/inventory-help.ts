// The help of the inventory commands, apart from them: the CLI shows it without loading the commands (and Octokit).
export const INVENTORY_HELP: Record<string, string> = {
  inventory: `Usage: model-gate inventory REPORT.json|DIR|'GLOB'... [options]

Merge the JSON reports of many repositories (model-gate check --format json) into one inventory: per model its
license and category, status under the policy, the repositories and places that use it, whether declared, and
pinned revisions; per repository its counts by status. A folder stands for the .json files in it.

Options:
  --format FORMAT        markdown, csv, html or json (default: markdown)
  --output FILE          write the inventory to FILE (default: standard output)
  --expected FILE        repositories that should have a report, one owner/repo a line (org-matrix --list);
                         those without one are listed as not checked
  --repo-from-filename   name each repository after its report's file (owner__repo.json), not the report's field
  --title TEXT           title of the page and of the Markdown (default: Model inventory)
  -h, --help             this help

Exit codes: 0 merged, 2 a report could not be read (one line per file).`,
  'org-matrix': `Usage: model-gate org-matrix OWNER [options]

List the repositories of the organisation (or user) OWNER through the GitHub API and write a GitHub Actions job
matrix of at most 256 jobs ({"include":[{"shard":1,"repos":"owner/a owner/b"}]}): each job checks its shard's
repositories in turn. Archived repositories and forks are skipped unless asked; disabled ones always.

Options:
  --include-archived     also archived repositories
  --include-forks        also forks
  --max-jobs N           at most N jobs (1 to 256; default 256)
  --output FILE          write the matrix to FILE (default: standard output)
  --list FILE            also write the repositories, one a line (for inventory --expected)
  --github-output        append matrix=, repositories= and jobs= to the file named by GITHUB_OUTPUT
  -h, --help             this help

Environment: GITHUB_TOKEN (or GH_TOKEN) with read access to the repositories' metadata, GITHUB_API_URL.`,
  'inventory-issue': `Usage: model-gate inventory-issue INVENTORY.md --repo OWNER/REPO [options]

Keep one issue of OWNER/REPO up to date with the inventory (written by inventory --format markdown): found again by
a hidden marker, edited in place, never opened twice. Only what the token's own account wrote is edited: with
--number, the issue's body if the token wrote it, else the token's own comment on it.

Options:
  --repo OWNER/REPO      the repository of the issue (required)
  --number N             keep the inventory on issue N (default: find the token's own marked issue, else open one)
  --title TEXT           title of the issue opened the first time (default: Model inventory)
  --author LOGIN         the token's account when GitHub does not say (APP-SLUG[bot], github-actions[bot])
  --key TEXT             tells this inventory's issue from others' (default: inventory; the workflow uses the org)
  -h, --help             this help

Environment: GITHUB_TOKEN (or GH_TOKEN) with issues: write on OWNER/REPO, GITHUB_API_URL.`,
};
