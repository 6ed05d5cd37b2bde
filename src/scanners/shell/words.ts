import type { Budget } from '../limits.js';

/** A shell word with the source offset of each of its characters. */
export interface Word {
  /** Text after quote removal; `\0` stands for an expansion whose value is unknown (`$X`, `$(cmd)`). */
  text: string;
  map: number[];
}

/** Placeholder for an unknown expansion. */
export const DYN = '\0';

/**
 * Called with the words of a line that opens a here-document (`python - <<'EOF'` ... `EOF`), once the line is
 * read: returns what reads the body (which is then not read as commands), or undefined to read it as commands.
 */
export type HeredocReader = (command: Word[]) => ((body: string, offset: number) => void) | undefined;

/**
 * Splits shell text into commands (lists of words), tracking where each character comes from. Handles quotes,
 * comments, line continuations, `;`/`&&`/`||`/`|` separators, `${VAR:-default}` (the default is kept) and
 * JSON exec-form arrays (`["vllm", "serve", "org/x"]`, as in Dockerfiles and YAML), and template expressions
 * (`{{ .Values.model }}`, unknown like `$X`). A here-document's body goes to `heredoc` (the first of a line's);
 * when it does not take it, the body is read as commands. Linear in the text; throws only `ScanBudgetError`,
 * from `budget`.
 */
export function shellCommands(text: string, base = 0, budget?: Budget, heredoc?: HeredocReader): Word[][] {
  const commands: Word[][] = [];
  /** The first here-document operator of the current line: its delimiter, and whether `<<-` strips tabs. */
  let pending: { delim: string; strip: boolean } | undefined;
  /** The first command of the current line. */
  let lineStart = 0;
  let cur: Word[] = [];
  let word: Word | undefined;
  let afterQuote = false;
  const n = text.length;
  const add = (ch: string, at: number) => {
    word ??= { text: '', map: [] };
    word.text += ch;
    word.map.push(base + at);
  };
  const endWord = () => {
    if (word) cur.push(word);
    word = undefined;
    afterQuote = false;
  };
  const endCmd = () => {
    endWord();
    if (cur.length) commands.push(cur);
    cur = [];
  };
  let i = 0;
  while (i < n) {
    budget?.tick();
    const c = text[i];
    if (c === '{' && text[i + 1] === '{') {
      i = template(text, i, add);
      afterQuote = false;
      continue;
    }
    if (c === '\\' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'))) {
      endWord();
      i += text[i + 1] === '\n' ? 2 : 3;
      continue;
    }
    if (c === '\n') {
      if (pending && heredoc) {
        endWord();
        // the line's words, across its `|`, `;` and `&&` (`cat <<EOF | python -`)
        const read = heredoc([...commands.slice(lineStart).flat(), ...cur]);
        if (read) {
          // (found only for a body that is taken, and skipped then: each character is looked at twice at most)
          const body = heredocBody(text, i + 1, pending.delim, pending.strip);
          read(text.slice(i + 1, body.end), base + i + 1);
          pending = undefined;
          endCmd();
          lineStart = commands.length;
          i = body.next;
          continue;
        }
      }
      pending = undefined;
      endCmd();
      lineStart = commands.length;
      i++;
      continue;
    }
    if (c === '<' && text[i + 1] === '<' && text[i + 2] !== '<' && heredoc) {
      const op = heredocOperator(text, i);
      if (op) {
        endWord();
        pending ??= op;
        i = op.end;
        continue;
      }
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      endWord();
      i++;
      continue;
    }
    if (c === '#' && !word) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? n : nl;
      continue;
    }
    if (c === ';' || c === '|' || c === '&' || c === '(' || c === ')' || c === '`') {
      endCmd();
      i++;
      continue;
    }
    if (c === '[' && !word) {
      i++;
      continue;
    }
    if (c === ']' && (i + 1 >= n || /[\s,;]/.test(text[i + 1]))) {
      endWord();
      i++;
      continue;
    }
    if (c === ',' && (afterQuote || !word)) {
      endWord();
      i++;
      continue;
    }
    if (c === "'") {
      const close = text.indexOf("'", i + 1);
      const end = close === -1 ? n : close;
      word ??= { text: '', map: [] };
      for (let k = i + 1; k < end; k++) add(text[k], k);
      i = end + 1;
      afterQuote = true;
      continue;
    }
    if (c === '"') {
      word ??= { text: '', map: [] };
      let k = i + 1;
      while (k < n && text[k] !== '"') {
        if (text[k] === '\\' && k + 1 < n) {
          if (text[k + 1] === '\n') {
            k += 2;
            continue;
          }
          add(text[k + 1], k + 1);
          k += 2;
          continue;
        }
        if (text[k] === '$') {
          k = expansion(text, k, add);
          continue;
        }
        if (text[k] === '{' && text[k + 1] === '{') {
          k = template(text, k, add);
          continue;
        }
        add(text[k], k);
        k++;
      }
      i = k + 1;
      afterQuote = true;
      continue;
    }
    if (c === '$') {
      i = expansion(text, i, add);
      continue;
    }
    if (c === '\\' && i + 1 < n) {
      add(text[i + 1], i + 1);
      i += 2;
      continue;
    }
    add(c, i);
    afterQuote = false;
    i++;
  }
  endCmd();
  return commands;
}

/**
 * A here-document operator at `i` (`<<EOF`, `<<'EOF'`, `<<"EOF"`, `<<-EOF`, `<< EOF`): its delimiter, whether it
 * strips leading tabs, and the index after it; undefined when no delimiter follows.
 */
function heredocOperator(text: string, i: number): { delim: string; strip: boolean; end: number } | undefined {
  let j = i + 2;
  const strip = text[j] === '-';
  if (strip) j++;
  while (text[j] === ' ' || text[j] === '\t') j++;
  const q = text[j];
  if (q === "'" || q === '"') {
    const close = text.indexOf(q, j + 1);
    if (close === -1 || close - j > 64) return undefined;
    const delim = text.slice(j + 1, close);
    return /^[\w.-]+$/.test(delim) ? { delim, strip, end: close + 1 } : undefined;
  }
  const m = /^\\?([\w.-]{1,64})/.exec(text.slice(j, j + 66));
  return m ? { delim: m[1], strip, end: j + m[0].length } : undefined;
}

/**
 * Where a here-document's body that starts at `from` ends (the start of its delimiter's line, or the text's end)
 * and where reading goes on (after that line).
 */
function heredocBody(text: string, from: number, delim: string, strip: boolean): { end: number; next: number } {
  let at = from;
  while (at < text.length) {
    let nl = text.indexOf('\n', at);
    if (nl === -1) nl = text.length;
    let s = at;
    if (strip) while (text[s] === '\t') s++;
    let e = nl;
    if (text[e - 1] === '\r') e--;
    if (e - s === delim.length && text.startsWith(delim, s)) return { end: at, next: nl + 1 };
    at = nl + 1;
  }
  return { end: text.length, next: text.length };
}

/** Reads a template expression `{{ ... }}` at `i` as an unknown value; returns the index after it. */
function template(text: string, i: number, add: (ch: string, at: number) => void): number {
  const close = text.indexOf('}}', i + 2);
  add(DYN, i);
  return close === -1 ? text.length : close + 2;
}

/** Reads `$X`, `${X}`, `${X:-default}`, `$(...)` at `i`; returns the index after it. */
function expansion(text: string, i: number, add: (ch: string, at: number) => void): number {
  const n = text.length;
  const next = text[i + 1];
  if (next === '{' && text[i + 2] === '{') {
    // a GitHub workflow expression `${{ matrix.model }}`: unknown here
    const close = text.indexOf('}}', i + 3);
    add(DYN, i);
    return close === -1 ? n : close + 2;
  }
  if (next === '{') {
    const close = text.indexOf('}', i + 2);
    if (close === -1) {
      add(DYN, i);
      return n;
    }
    const inner = text.slice(i + 2, close);
    const m = /^[A-Za-z_][A-Za-z0-9_]*:?[-=]/.exec(inner);
    if (m) {
      let start = i + 2 + m[0].length;
      let end = close;
      if ((text[start] === '"' || text[start] === "'") && text[end - 1] === text[start]) {
        start++;
        end--;
      }
      for (let k = start; k < end; k++) add(text[k], k);
    } else add(DYN, i);
    return close + 1;
  }
  if (next === '(') {
    let depth = 0;
    for (let k = i + 1; k < n; k++) {
      if (text[k] === '(') depth++;
      else if (text[k] === ')' && --depth === 0) {
        add(DYN, i);
        return k + 1;
      }
    }
    add(DYN, i);
    return n;
  }
  const m = /^[A-Za-z_][A-Za-z0-9_]*|^[0-9@*#?$!-]/.exec(text.slice(i + 1, i + 65));
  add(DYN, i);
  return i + 1 + (m ? m[0].length : 0);
}
