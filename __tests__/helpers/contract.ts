/** The action's inputs as CONTRACT.md §5 lists them: users' workflows set these names. */
export const CONTRACT_INPUTS = [
  'policy',
  'path',
  'manifest',
  'token',
  'mode',
  'comment',
  'check-name',
  'scan',
  'hub',
  'hf-token',
  'sarif-file',
  'review',
  'dependency-graph',
] as const;
