/**
 * pip's requirements files: `requirements.txt`, `requirements-dev.txt`, `dev-requirements.txt`, the files of a
 * `requirements/` folder (`requirements/base.txt`), constraints files, and pip-tools' `.in` sources. Globs over
 * repository paths. The python-deps scanner reads them; the default policy's `scan.mentions` takes the `.txt` ones
 * back from its text files (what they install is a dependency, not documentation); the markdown scanner leaves them
 * alone and the url scanner reads their comment lines as notes.
 */
export const REQUIREMENTS_FILES = [
  '**/requirements*.txt',
  '**/*requirements.txt',
  '**/requirements/*.txt',
  '**/constraints*.txt',
  '**/requirements*.in',
  '**/requirements/*.in',
] as const;
