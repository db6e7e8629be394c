/** One validation finding, located as precisely as the source allows. */
export interface Issue {
  /** Path of the file, relative to the working directory. */
  file: string;
  line?: number;
  /** Element path from the root, e.g. `CustomField.valueSet.valueSetDefinition.sorted`. */
  path?: string;
  message: string;
}

/** Formats an issue as `file:line: path: message`. */
export function formatIssue(issue: Issue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  return issue.path ? `${where}: ${issue.path}: ${issue.message}` : `${where}: ${issue.message}`;
}
